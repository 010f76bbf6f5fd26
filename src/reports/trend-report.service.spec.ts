import { Subject } from 'rxjs';
import { StoreUnavailableError, type EventStore, type RecordedEvent, type SubscriptionMessage } from '../event-store/event-store.port.js';
import { ledgerProjections } from '../projections/ledger-projections.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { testActors } from '../projections/testing/actors.js';
import { LedgerBuilder } from '../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../projections/testing/varmland.js';
import { TrendReportService } from './trend-report.service.js';

/** A replica over a store that can be taken away: its runner is fed by hand, so it has caught up only when told. */
function givenReplica() {
  const ledger = new LedgerBuilder();
  givenVarmlandMalbildAdopted(ledger);
  const feed = new Subject<SubscriptionMessage>();
  let reachable = true;
  const headPosition = async () => {
    if (!reachable) throw new StoreUnavailableError('EventStoreDB svarar inte');
    return ledger.events.length;
  };
  const store = { subscribeToAll: () => feed.asObservable(), headPosition } as unknown as EventStore;
  const runner = new ProjectionRunner(store, ledgerProjections(testActors));
  runner.start();
  for (const event of ledger.events) feed.next({ kind: 'event', event: { ...event, recordedAt: new Date() } as unknown as RecordedEvent });
  const clock = { now: () => new Date('2024-02-01T10:00:00Z') };
  const reports = new TrendReportService(runner, store, clock, testActors, { sources: [] });
  return {
    runner,
    reports,
    query: reports.parse({ from: '2021', to: '2023', scope: 'lan:17', format: 'json' }),
    caughtUp: () => feed.next({ kind: 'caughtUp', position: ledger.events.length }),
    storeGoesAway: () => (reachable = false),
  };
}

describe('a trend report while the store is out of reach', () => {
  it('is made from the projections as they stand, the same as just before', async () => {
    const { runner, reports, query, caughtUp, storeGoesAway } = givenReplica();
    caughtUp();
    const before = await reports.render(query);
    storeGoesAway();
    await expect(reports.render(query)).resolves.toBe(before);
    expect(before).toContain('blev fullt antagen den 16 juni 2022');
    runner.stop();
  });

  it('is refused as the store\'s outage when the projections never caught up', async () => {
    const { runner, reports, query, storeGoesAway } = givenReplica();
    storeGoesAway();
    await expect(reports.render(query)).rejects.toBeInstanceOf(StoreUnavailableError);
    runner.stop();
  });
});
