import { setTimeout as sleep } from 'node:timers/promises';
import type { Subscription } from 'rxjs';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/event-store/event-store.port.js';
import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { executeCommand } from '../../src/ledger/commands/execute-command.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { isLedgerEvent } from '../../src/projections/rebuild-projections.js';
import { EsdbGrpcServer } from '../support/esdb-grpc-server/esdb-grpc-server.js';
import { firstDifference } from '../support/faults/first-difference.js';
import { projectionAnswers, refusedQueries } from '../support/faults/projection-answers.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' };
const clock = { now: () => new Date('2024-02-01T10:00:00Z') };

/** Reads answered from the projections (and reference data): they must not notice the store is away. */
const PROJECTION_READS = [
  '/timeline?limit=500',
  '/timeline?lan=17&kind=malbild',
  '/plans/varmland-malbild/adoption',
  '/plans/orebro-malbild/adoption',
  '/lan/17/adoption',
  '/lan/18/adoption',
  '/indicators',
  '/indicators/lan-med-malbild/series?from=2020&to=2023',
  '/indicators/lan-med-malbild/yoy?year=2022',
  '/indicators/lan-med-malbild/reconciliation',
  '/actors?kind=kommun&lan=lan:17',
  '/plans?limit=500',
  '/initiatives?limit=500',
  '/',
  '/lan/17',
  '/reports/trend?from=2020&to=2023&format=json',
  '/reports/trend?from=2021&to=2023&scope=lan:17&format=html',
];
/** Reads that show what is stored (the write model's revision, the stored bytes of the audit trail): 503 while it is away. */
const STORE_READS = ['/plans/varmland-malbild', '/initiatives/arvika-team', '/audit/events', '/audit/streams/plan-varmland-malbild', '/audit/verify'];

/** Every kind of command, each one that would be accepted with the store up. */
const WRITES: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['/plans', { planId: 'varmland-fardplan', title: 'Färdplan', kind: 'fardplan', scope: 'lan', lan: 'lan:17', parties: ['lan:17'], source }],
  ['/plans/varmland-malbild/adoptions', { party: 'kommun:1715', decidedOn: '2022-05-02', decidedBy: 'kommunfullmäktige', source }],
  ['/plans/varmland-malbild/proposals', { decidedOn: '2022-01', proposedBy: 'lan:17', source }],
  ['/initiatives', { initiativeId: 'kil-team', title: 'Mobilt team i Kil', kind: 'mobilt_team', owners: ['kommun:1715'], source }],
  ['/initiatives/arvika-team/start', { decidedOn: '2022-09-01', source }],
  ['/figures', { indicatorId: 'lan-med-malbild', year: 2023, value: 21, publisher: 'national:skr', source }],
  ['/retractions', { eventId: 'set in beforeAll', reason: 'Registrerad av misstag', source }],
  ['/access/keys', { name: 'samordnare-varmland', role: 'recorder', scope: ['lan:17'] }],
];

let server: EsdbGrpcServer;
let app: StartedApp;
const delivered: string[] = [];
let deliveries: Subscription;

const post = (url: string, body: unknown) =>
  app.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}` }, payload: JSON.stringify(body) });

async function answers(urls: readonly string[]): Promise<Record<string, { status: number; body: string }>> {
  const result: Record<string, { status: number; body: string }> = {};
  for (const url of urls) {
    const response = await app.app.inject({ method: 'GET', url });
    result[url] = { status: response.statusCode, body: response.body };
  }
  return result;
}

async function readLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

beforeAll(async () => {
  server = await EsdbGrpcServer.start();
  app = await startApp({ eventStore: 'eventstoredb', eventStoreConnectionString: server.connectionString, clock });
  // Every ledger event the projections apply, in order, from the first write on.
  deliveries = app.app.get(ProjectionRunner).events$.subscribe((event) => delivered.push(event.id));
  const record = async (url: string, body: unknown) => {
    const response = await post(url, body);
    expect({ url, status: response.statusCode }).toEqual({ url, status: 201 });
    return response.json() as { eventId: string; position: number };
  };
  await record('/plans', { planId: 'varmland-malbild', title: 'Målbild för god och nära vård i Värmland', kind: 'malbild', scope: 'lan', lan: 'lan:17', initiatedOn: '2021', source });
  await record('/plans', { planId: 'orebro-malbild', title: 'Målbild Örebro län', kind: 'malbild', scope: 'lan', lan: 'lan:18', source });
  const varmland: string[] = [];
  for (const [party, decidedOn] of [['kommun:1784', '2022-03-28'], ['kommun:1761', '2022-04-05'], ['region:17', '2022-04-06'], ['kommun:1762', '2022-21']]) {
    varmland.push((await record('/plans/varmland-malbild/adoptions', { party, decidedOn, decidedBy: 'fullmäktige', source })).eventId);
  }
  const adopted = await record('/plans/orebro-malbild/adoptions', { party: 'region:18', decidedOn: '2022-06', decidedBy: 'regionfullmäktige', source });
  await record('/initiatives', { initiativeId: 'arvika-team', title: 'Mobilt närsjukvårdsteam i Arvika', kind: 'mobilt_team', owners: ['kommun:1784'], source });
  await record('/initiatives/arvika-team/decision', { decidedOn: '2022-05', source });
  await record('/figures', { indicatorId: 'lan-med-malbild', year: 2022, value: 20, numerator: 20, denominator: 21, publisher: 'national:skr', source });
  const last = await record('/corrections', { eventId: adopted.eventId, fields: { decidedOn: '2022-06-14' }, reason: 'Protokollets datum', source });
  (WRITES.find(([url]) => url === '/retractions')![1] as { eventId: string }).eventId = varmland[3];
  await app.app.get(ProjectionRunner).waitFor(last.position);
});

afterAll(async () => {
  deliveries.unsubscribe();
  await app.close();
  await server.stop();
});

describe('the app on EventStoreDB when the server goes away mid-subscription and comes back', () => {
  let before: Awaited<ReturnType<typeof answers>>;
  let checkpoint: number | null;

  it('keeps answering reads from the projections, refuses every write with 503 saying nothing was recorded, reports itself degraded', async () => {
    before = await answers(PROJECTION_READS);
    expect(Object.entries(before).filter(([, answer]) => answer.status !== 200)).toEqual([]);
    checkpoint = app.app.get(ProjectionRunner).checkpoint;

    await server.stop();

    for (const [url, body] of WRITES) {
      const response = await post(url, body);
      expect({ url, status: response.statusCode, retryAfter: response.headers['retry-after'], body: response.json() }).toEqual({
        url,
        status: 503,
        retryAfter: '5',
        body: { statusCode: 503, code: 'STORE.UNAVAILABLE', message: 'Händelselagret går inte att nå just nu. Försök igen om en stund. Inget registrerades.' },
      });
    }
    expect(firstDifference(await answers(PROJECTION_READS), before)).toBeNull();
    for (const url of STORE_READS) {
      const response = await app.app.inject({ method: 'GET', url });
      expect({ url, status: response.statusCode, code: response.json().code }).toEqual({ url, status: 503, code: 'STORE.UNAVAILABLE' });
    }
    const health = await app.app.inject({ method: 'GET', url: '/health' });
    expect({ status: health.statusCode, body: health.json() }).toMatchObject({
      status: 503,
      body: { status: 'degraded', store: { kind: 'eventstoredb', reachable: false, error: expect.stringContaining('EventStoreDB') }, projections: { ready: true, checkpoint } },
    });
  });

  it('after the server is back, has applied every event once, in log order, and answers as a rebuild does', async () => {
    await server.start();
    // Another writer gets in first, while this replica's subscription may still be waiting to resume.
    const other = EventStoreDbEventStore.connect(server.connectionString);
    for (const [index, party] of ['kommun:1763', 'kommun:1764', 'kommun:1765'].entries()) {
      const envelope = { command: 'AdoptPlan', data: { planId: 'varmland-malbild', party, decidedOn: '2022-05', decidedBy: 'kommunfullmäktige' }, source };
      await executeCommand(envelope, { store: other, clock, principal: 'cli:annan-replik', idempotencyKey: `efter-avbrottet-${index}` });
    }
    await other.close();
    // A client that got 503 tries again later: the health check says when.
    for (let attempt = 0; (await app.app.inject({ method: 'GET', url: '/health' })).statusCode !== 200; attempt += 1) {
      expect(attempt).toBeLessThan(300);
      await sleep(100);
    }
    for (const [url, body] of WRITES) expect({ url, status: (await post(url, body)).statusCode }).toEqual({ url, status: 201 });

    const store = app.app.get(EVENT_STORE) as EventStore;
    const log = await readLog(store);
    const runner = app.app.get(ProjectionRunner);
    await runner.waitFor(log.at(-1)!.position, 30_000);
    const ledgerIds = log.filter(isLedgerEvent).map((event) => event.id);
    expect(firstDifference(delivered, ledgerIds)).toBeNull();
    expect(runner.checkpoint).toBe(log.at(-1)!.position);

    const live = await projectionAnswers(app, log);
    expect(refusedQueries(live)).toEqual([]);
    const rebuild = await post('/admin/rebuild', {});
    expect(rebuild.statusCode).toBe(200);
    expect(firstDifference(await projectionAnswers(app, log), live)).toBeNull();

    // A replica started now catches up from zero over the same server and answers alike.
    const fresh = await startApp({ eventStore: 'eventstoredb', eventStoreConnectionString: server.connectionString, clock });
    try {
      await fresh.app.get(ProjectionRunner).waitFor(log.at(-1)!.position, 30_000);
      expect(firstDifference(await projectionAnswers(fresh, log), live)).toBeNull();
    } finally {
      await fresh.close();
    }
  });
});
