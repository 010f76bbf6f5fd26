import { jest } from '@jest/globals';
import type { Clock } from '../config/clock.js';
import type { EventStore, ReadAllOptions, RecordedEvent } from '../event-store/event-store.port.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { LedgerBuilder } from '../projections/testing/ledger-builder.js';
import { ChainWatch } from './chain-watch.js';

const clock: Clock = { now: () => new Date('2024-05-01T10:00:00Z') };

async function stored(store: EventStore, events: readonly StoredLedgerEvent[]): Promise<void> {
  for (const event of events) await store.append(event.stream, [{ id: event.id, type: event.type, data: event.data, metadata: { ...event.metadata } }], 'any');
}

function planLedger() {
  const ledger = new LedgerBuilder();
  const plan = ledger.plan('varmland-malbild', { kind: 'malbild', scope: 'lan', lan: 'lan:17', parties: ['region:17', 'kommun:1784'] });
  return { ledger, plan };
}

describe('the audit page’s chain verification', () => {
  let store: SqliteEventStore;
  beforeEach(() => (store = SqliteEventStore.open({ path: ':memory:' })));
  afterEach(() => store.close());

  it('verifies the log once, then only the events appended since', async () => {
    const { ledger, plan } = planLedger();
    plan.adoptedBy('region:17', '2022-04-06');
    await stored(store, ledger.events);
    const watch = new ChainWatch(store, clock);
    const first = await watch.status();
    expect(first).toMatchObject({ report: { ok: true, events: 2, streams: 1, brokenLinks: 0 }, through: 2, head: 2, checkedAt: '2024-05-01T10:00:00.000Z', interrupted: null });

    const before = ledger.events.length;
    plan.adoptedBy('kommun:1784', '2022-03-28');
    await stored(store, ledger.events.slice(before));
    const reads = jest.spyOn(store, 'readAll');
    expect(await watch.status()).toMatchObject({ report: { ok: true, events: 3, streams: 1 }, through: 3, head: 3 });
    expect(reads.mock.calls).toEqual([[{ after: 2 }]]);
    await watch.status();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('names an event appended after the first verification whose content does not match its hash', async () => {
    const { ledger, plan } = planLedger();
    await stored(store, ledger.events);
    const watch = new ChainWatch(store, clock);
    await watch.status();
    const adoption = plan.adoptedBy('region:17', '2022-04-06');
    await stored(store, [{ ...adoption, data: { ...adoption.data, decidedOn: '2021-04-06' } }]);
    const { report } = await watch.status();
    expect(report).toMatchObject({ ok: false, events: 2, brokenLinks: 1, firstBroken: { eventId: adoption.id, stream: 'plan-varmland-malbild', problem: 'hash-mismatch' } });
  });

  it('answers with how far a long verification has got, and goes on from where a failed one stopped', async () => {
    const { ledger, plan } = planLedger();
    plan.adoptedBy('region:17', '2022-04-06');
    plan.adoptedBy('kommun:1784', '2022-03-28');
    await stored(store, ledger.events);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let failAfterFirst = true;
    // The store itself, but its log stops once with a failure and then waits at the gate after each event.
    const slow: EventStore = Object.assign(Object.create(store) as SqliteEventStore, {
      async *readAll(options?: ReadAllOptions): AsyncGenerator<RecordedEvent> {
        for await (const event of store.readAll(options)) {
          yield event;
          if (failAfterFirst) {
            failAfterFirst = false;
            throw new Error('Lagret svarar inte');
          }
          await gate;
        }
      },
    });
    const watch = new ChainWatch(slow, clock);
    expect(await watch.status()).toMatchObject({ report: { events: 1 }, through: 1, head: 3, checkedAt: null, interrupted: 'Lagret svarar inte' });
    const waiting = await watch.status();
    expect(waiting).toMatchObject({ report: { ok: true, events: 2 }, through: 2, head: 3, checkedAt: null, interrupted: 'Lagret svarar inte' });
    release();
    expect(await watch.status()).toMatchObject({ report: { ok: true, events: 3, streams: 1 }, through: 3, head: 3, checkedAt: '2024-05-01T10:00:00.000Z', interrupted: null });
  });
});
