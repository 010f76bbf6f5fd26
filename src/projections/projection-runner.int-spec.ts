import { firstValueFrom, Subject, take, toArray } from 'rxjs';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '../event-store/event-store.port.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { queryAudit } from '../audit/domain/audit-query.js';
import type { AuditState } from '../audit/domain/audit-state.js';
import { queryTimeline } from '../timeline/domain/timeline-query.js';
import type { TimelineState } from '../timeline/domain/timeline-state.js';
import { ledgerProjections, PROJECTIONS } from './ledger-projections.js';
import { ProjectionWaitTimeoutError } from './projection-errors.js';
import { ProjectionRunner } from './projection-runner.js';
import { lanOf, testActors } from './testing/actors.js';
import { LedgerBuilder } from './testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from './testing/varmland.js';

async function appendAll(store: EventStore, events: readonly StoredLedgerEvent[]): Promise<void> {
  for (const e of events) await store.append(e.stream, [{ id: e.id, type: e.type, data: e.data as Record<string, unknown>, metadata: e.metadata as unknown as Record<string, unknown> }], 'any');
}

const timelineOf = (runner: ProjectionRunner) => queryTimeline(runner.state<TimelineState>(PROJECTIONS.timeline), { limit: 500 }, lanOf);

describe('the projection runner over the SQLite store', () => {
  let store: SqliteEventStore;
  let runner: ProjectionRunner;
  const ledger = new LedgerBuilder();
  const plan = givenVarmlandMalbildAdopted(ledger);

  beforeEach(async () => {
    store = SqliteEventStore.open({ path: ':memory:' });
    await appendAll(store, ledger.events.slice(0, 10));
    runner = new ProjectionRunner(store, ledgerProjections(testActors));
  });

  afterEach(async () => {
    runner.stop();
    await store.close();
  });

  it('catches up, reports ready with no lag, then applies live events', async () => {
    expect(runner.ready).toBe(false);
    runner.start();
    await runner.whenReady();
    expect(await runner.status()).toMatchObject({ ready: true, checkpoint: 10, head: 10, lag: 0, rebuilding: false, failures: 0 });
    expect(timelineOf(runner).items).toHaveLength(10);
    const live = firstValueFrom(runner.events$.pipe(take(8), toArray()));
    await appendAll(store, ledger.events.slice(10));
    await runner.waitFor(18);
    expect(timelineOf(runner).items).toHaveLength(18);
    expect((await live).map((e) => e.position)).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
    expect((await runner.status()).projections).toEqual([
      { name: 'ledger', facets: ['timeline', 'plans', 'initiatives', 'figures', 'reportYears', 'audit'], checkpoint: 18 },
    ]);
  });

  it('lets a query wait for its own write, and gives up after the bound with a typed error', async () => {
    runner.start();
    await runner.whenReady();
    const appended = store.append(ledger.events[10].stream, [{ ...ledger.events[10], data: ledger.events[10].data as Record<string, unknown>, metadata: ledger.events[10].metadata as unknown as Record<string, unknown> }], 'any');
    const { position } = await appended;
    await expect(runner.waitFor(position, 1_000)).resolves.toBeUndefined();
    const error = await runner.waitFor(position + 100, 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectionWaitTimeoutError);
    expect(error).toMatchObject({ code: 'PROJECTION.WAIT_TIMEOUT', position: position + 100, checkpoint: position });
  });

  it('passes over events that are not the ledger\'s, advancing its checkpoint', async () => {
    await store.append('access-keys', [{ id: 'ffffffff-0000-4000-8000-000000000001', type: 'ApiKeyCreated', data: { keyId: 'abc', name: 'x' }, metadata: {} }], 'any');
    runner.start();
    await runner.whenReady();
    expect(runner.checkpoint).toBe(11);
    expect(queryAudit(runner.state<AuditState>(PROJECTIONS.audit), {}).total).toBe(10);
  });

  it('rebuilds from zero while live events arrive, swapping in the same answers', async () => {
    runner.start();
    await runner.whenReady();
    const rebuilding = runner.rebuild();
    await appendAll(store, ledger.events.slice(10));
    const report = await rebuilding;
    await runner.waitFor(18);
    expect(report.events).toBeGreaterThanOrEqual(10);
    expect(timelineOf(runner).items).toHaveLength(18);
    const fresh = new ProjectionRunner(store, ledgerProjections(testActors));
    fresh.start();
    await fresh.whenReady();
    expect(timelineOf(runner)).toEqual(timelineOf(fresh));
    expect(queryAudit(runner.state<AuditState>(PROJECTIONS.audit), { limit: 100 })).toEqual(queryAudit(fresh.state<AuditState>(PROJECTIONS.audit), { limit: 100 }));
    fresh.stop();
    expect(plan.planId).toBe('varmland-malbild-2022');
  });
});

describe('the projection runner after a bulk load', () => {
  it('collects on the turn after the catch-up reported ready (the queries held until then answer first), and again when a rebuild is swapped in', async () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    const store = SqliteEventStore.open({ path: ':memory:' });
    await appendAll(store, ledger.events.slice(0, 10));
    const seen: { ready: boolean; timelineItems: number }[] = [];
    const runner: ProjectionRunner = new ProjectionRunner(store, ledgerProjections(testActors), undefined, () => seen.push({ ready: runner.ready, timelineItems: timelineOf(runner).items.length }));
    runner.start();
    await runner.whenReady();
    expect(seen).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([{ ready: true, timelineItems: 10 }]);
    await appendAll(store, ledger.events.slice(10));
    await runner.waitFor(18);
    expect(seen).toHaveLength(1);
    await runner.rebuild();
    expect(seen).toEqual([{ ready: true, timelineItems: 10 }, { ready: true, timelineItems: 18 }]);
    runner.stop();
    await store.close();
  });
});

describe('the projection runner given a redelivered event', () => {
  it('skips it and changes nothing', async () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    const feed = new Subject<SubscriptionMessage>();
    const fake = { subscribeToAll: () => feed.asObservable(), headPosition: async () => ledger.events.length } as unknown as EventStore;
    const runner = new ProjectionRunner(fake, ledgerProjections(testActors));
    runner.start();
    const deliver = (e: StoredLedgerEvent) => feed.next({ kind: 'event', event: { ...e, recordedAt: new Date() } as unknown as RecordedEvent });
    ledger.events.forEach(deliver);
    feed.next({ kind: 'caughtUp', position: ledger.events.length });
    const before = timelineOf(runner);
    ledger.events.slice(2, 6).forEach(deliver);
    deliver(ledger.events.at(-1)!);
    expect(timelineOf(runner)).toEqual(before);
    expect(await runner.status()).toMatchObject({ ready: true, checkpoint: 18, lag: 0 });
    runner.stop();
  });
});

describe('the projection runner subscribing to the log', () => {
  it('asks for the metadata fields its projections read, and for every field when one of them does not say', () => {
    const options: unknown[] = [];
    const fake = { subscribeToAll: (o: unknown) => (options.push(o), new Subject<SubscriptionMessage>()), headPosition: async () => null } as unknown as EventStore;
    const declared = new ProjectionRunner(fake, ledgerProjections(testActors));
    declared.start();
    declared.stop();
    const undeclared = new ProjectionRunner(fake, [...ledgerProjections(testActors), { name: 'other', initialState: () => null, apply: (state) => state }]);
    undeclared.start();
    undeclared.stop();
    expect(options).toEqual([{ metadata: ['recordedAt', 'principal', 'source'] }, { metadata: undefined }]);
  });
});
