import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { auditProjection } from './audit-projection.js';
import { queryAudit } from './audit-query.js';
import { codeOf, codeOfUnasked, codesOf, emptyAudit } from './audit-state.js';
import { auditStream, type AuditEvent } from './stream-view.js';
import { ChainVerifier, type ChainEvent } from './verify-chains.js';

const asStored = (events: readonly StoredLedgerEvent[]) => events as unknown as AuditEvent[];
const build = (events: readonly StoredLedgerEvent[]) => events.reduce(auditProjection.apply, auditProjection.initialState());

describe('the audit index', () => {
  const ledger = new LedgerBuilder();
  const plan = givenVarmlandMalbildAdopted(ledger);
  ledger.as('key:granskare').at('2023-02-01T10:00:00Z');
  const correction = ledger.correct(ledger.events[5], { decidedOn: '2022-04-24' }, 'Fel datum');
  const team = ledger.initiative('team', { kind: 'mobilt_team', owners: ['region:17'] });
  team.started('2023-01');
  const state = build(ledger.events);

  it('filters by principal, type and stream and counts every match', () => {
    expect(queryAudit(state, { principal: 'key:granskare' })).toMatchObject({ total: 3, nextCursor: null });
    expect(queryAudit(state, { types: ['PlanAdopted'], limit: 5 })).toMatchObject({ total: 17, nextCursor: 6 });
    expect(queryAudit(state, { stream: `plan-${plan.planId}` }).total).toBe(19);
    expect(queryAudit(state, { stream: 'plan-unknown' }).total).toBe(0);
    expect(queryAudit(state, { principal: 'key:granskare', types: ['RecordCorrected'] }).refs).toEqual([
      { position: correction.position, stream: correction.stream, revision: correction.revision },
    ]);
  });

  it('filters by record time and asOf', () => {
    expect(queryAudit(state, { from: Date.parse('2023-01-01T00:00:00Z') }).total).toBe(3);
    expect(queryAudit(state, { asOf: Date.parse('2022-04-01T00:00:00Z') }).total).toBe(5);
  });

  it('pages forwards and backwards without losing an event', () => {
    const forward: number[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = queryAudit(state, { limit: 4, cursor });
      forward.push(...page.refs.map((r) => r.position));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(forward).toEqual(ledger.events.map((e) => e.position));
    expect(queryAudit(state, { order: 'desc', limit: 2 }).refs.map((r) => r.position)).toEqual([21, 20]);
    expect(queryAudit(state, { order: 'desc', limit: 2, cursor: 20 }).refs.map((r) => r.position)).toEqual([19, 18]);
  });

  it('does not change on redelivered events', () => {
    const twice = build([...ledger.events, ...ledger.events.slice(2, 7)]);
    expect(queryAudit(twice, { limit: 100 })).toEqual(queryAudit(state, { limit: 100 }));
  });

  it('lists a stream with corrections next to what they correct', () => {
    const view = auditStream(correction.stream, asStored(ledger.events.filter((e) => e.stream === correction.stream)), null);
    const corrected = view.events.find((e) => e.id === ledger.events[5].id)!;
    expect(corrected.amendedBy).toEqual([
      { eventId: correction.id, type: 'RecordCorrected', recordedAt: '2023-02-01T10:00:00.000Z', principal: 'key:granskare', reason: 'Fel datum', fields: { decidedOn: '2022-04-24' } },
    ]);
    expect(view.events.at(-1)).toMatchObject({ id: correction.id, amends: ledger.events[5].id, metadata: { principal: 'key:granskare' } });
    const before = auditStream(correction.stream, asStored(ledger.events.filter((e) => e.stream === correction.stream)), Date.parse('2023-01-01T00:00:00Z'));
    expect(before.events).toHaveLength(18);
    expect(before.events.every((e) => e.amendedBy.length === 0)).toBe(true);
  });
});

describe('hash-chain verification', () => {
  const ledger = new LedgerBuilder();
  givenVarmlandMalbildAdopted(ledger);
  ledger.initiative('team', { kind: 'mobilt_team', owners: ['region:17'] }).started('2023-01');

  const verify = (events: readonly StoredLedgerEvent[]) => {
    const verifier = new ChainVerifier();
    events.forEach((e) => verifier.add(e as unknown as ChainEvent));
    return verifier.report();
  };

  it('accepts an untouched ledger', () => {
    expect(verify(ledger.events)).toEqual({ ok: true, events: 20, streams: 2, brokenLinks: 0, firstBroken: null });
  });

  it('names an event whose content was changed', () => {
    const tampered = ledger.events.map((e, i) => (i === 7 ? { ...e, data: { ...e.data, decidedOn: '2022-04-01' } } : e)) as StoredLedgerEvent[];
    const report = verify(tampered);
    expect(report).toMatchObject({ ok: false, brokenLinks: 1, firstBroken: { eventId: ledger.events[7].id, stream: ledger.events[7].stream, problem: 'hash-mismatch' } });
    expect(report.firstBroken!.message).toContain(ledger.events[7].id);
  });

  it('names an event whose link to its predecessor was changed, and a missing event', () => {
    const relinked = ledger.events.map((e, i) => (i === 3 ? { ...e, metadata: { ...e.metadata, previousHash: 'f'.repeat(64) } } : e)) as StoredLedgerEvent[];
    expect(verify(relinked).firstBroken).toMatchObject({ eventId: ledger.events[3].id, problem: 'previous-hash-mismatch' });
    const missing = ledger.events.filter((_, i) => i !== 4);
    expect(verify(missing).firstBroken).toMatchObject({ eventId: ledger.events[5].id, problem: 'revision-gap', expected: 4, actual: 5 });
  });

  it('skips events that carry no chain and are not ledger events', () => {
    const key = { id: 'k1', type: 'ApiKeyCreated', stream: '$keys', revision: 0, position: 99, data: {}, metadata: {} };
    expect(verify([...ledger.events, key as unknown as StoredLedgerEvent]).ok).toBe(true);
  });
});

describe("the audit index's codebooks", () => {
  it('give a name one code however it was first asked for, and find every name once a query asks', () => {
    const book = emptyAudit().stream;
    expect([codeOfUnasked(book, 'plan-a'), codeOfUnasked(book, 'plan-b')]).toEqual([0, 1]);
    expect(book.codes).toBeNull();
    expect(codeOf(book, 'plan-a')).toBe(0);
    expect(codeOf(book, 'plan-c')).toBe(2);
    // Once the book has its map, a name given by codeOf is known to the other way of asking.
    expect(codeOfUnasked(book, 'plan-c')).toBe(2);
    expect(codeOfUnasked(book, 'plan-d')).toBe(3);
    expect([...codesOf(book)]).toEqual([['plan-a', 0], ['plan-b', 1], ['plan-c', 2], ['plan-d', 3]]);
  });
});
