import { jest } from '@jest/globals';
import { Subject } from 'rxjs';
import { StoreUnavailableError, type EventStore, type RecordedEvent, type SubscriptionMessage } from '../event-store/event-store.port.js';
import { ledgerProjections } from '../projections/ledger-projections.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { testActors } from '../projections/testing/actors.js';
import { LedgerBuilder } from '../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../projections/testing/varmland.js';
import { formatRecordTime } from '../web/format.js';
import { ChartMemo } from './domain/chart-memo.js';
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
  let now = new Date('2024-02-01T10:00:00Z');
  const clock = { now: () => now };
  const reports = new TrendReportService(runner, store, clock, testActors, { sources: [] });
  return {
    runner,
    reports,
    query: reports.parse({ from: '2021', to: '2023', scope: 'lan:17', format: 'json' }),
    caughtUp: () => feed.next({ kind: 'caughtUp', position: ledger.events.length }),
    storeGoesAway: () => (reachable = false),
    timeIs: (instant: string) => (now = new Date(instant)),
  };
}

describe('a trend report while the store is out of reach', () => {
  it('is made from the projections as they stand, the same as just before', async () => {
    const { runner, reports, query, caughtUp, storeGoesAway } = givenReplica();
    caughtUp();
    const before = await reports.render(query);
    storeGoesAway();
    await expect(reports.render(query)).resolves.toEqual(before);
    expect(before.toString()).toContain('blev fullt antagen den 16 juni 2022');
    runner.stop();
  });

  it('is refused as the store\'s outage when the projections never caught up', async () => {
    const { runner, reports, query, storeGoesAway } = givenReplica();
    storeGoesAway();
    await expect(reports.render(query)).rejects.toBeInstanceOf(StoreUnavailableError);
    runner.stop();
  });
});

describe('a rendered trend report', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is drawn once for the requests of one minute, which all show that minute; the next minute draws it anew', async () => {
    const { runner, reports, caughtUp, timeIs } = givenReplica();
    caughtUp();
    const draw = jest.spyOn(ChartMemo.prototype, 'draw');
    const html = reports.parse({ from: '2021', to: '2023', scope: 'lan:17', format: 'html' });

    timeIs('2024-02-01T10:00:05Z');
    const [first, same] = await Promise.all([reports.render(html), reports.render(html)]);
    const drawn = draw.mock.calls.length;
    expect(drawn).toBeGreaterThan(0);
    timeIs('2024-02-01T10:00:55Z');
    const later = await reports.render(html);
    expect(draw.mock.calls.length).toBe(drawn);
    expect(same).toBe(first);
    expect(later).toBe(first);
    expect(first.toString()).toContain(formatRecordTime('2024-02-01T10:00:05Z'));

    timeIs('2024-02-01T10:01:00Z');
    const next = await reports.render(html);
    expect(draw.mock.calls.length).toBeGreaterThan(drawn);
    expect(next.toString()).toContain(formatRecordTime('2024-02-01T10:01:00Z'));
    expect(next.toString().replace(formatRecordTime('2024-02-01T10:01:00Z'), '')).toBe(first.toString().replace(formatRecordTime('2024-02-01T10:00:05Z'), ''));
    runner.stop();
  });

  it('as JSON carries the instant of each request', async () => {
    const { runner, reports, query, caughtUp, timeIs } = givenReplica();
    caughtUp();
    timeIs('2024-02-01T10:00:05.000Z');
    const first = JSON.parse((await reports.render(query)).toString()) as { generatedAt: string };
    timeIs('2024-02-01T10:00:05.250Z');
    const second = JSON.parse((await reports.render(query)).toString()) as { generatedAt: string };
    expect([first.generatedAt, second.generatedAt]).toEqual(['2024-02-01T10:00:05.000Z', '2024-02-01T10:00:05.250Z']);
    runner.stop();
  });
});
