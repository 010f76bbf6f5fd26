import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const source = { title: 'Överenskommelse om god och nära vård', publisher: 'Regeringskansliet' };
const planId = 'nationell-overenskommelse';

let first: StartedApp;
let second: StartedApp;
let kommuner: string[];

const post = (app: StartedApp, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}`, ...headers },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: await response.json() }));

const adoption = (party: string) => ({ party, decidedOn: '2022-05-16', decidedBy: 'kommunfullmäktige', source });

beforeAll(async () => {
  first = await startApp({ keepData: true });
  // A second replica on the same SQLite file: its commands race the first one's through the store, not through a shared lock.
  second = await startApp({ sqlitePath: first.config.sqlitePath });
  const listed = (await fetch(`${first.url}/actors?kind=kommun&limit=50`).then((r) => r.json())) as { actors: { id: string }[] };
  kommuner = listed.actors.map((actor: { id: string }) => actor.id);
  expect(kommuner).toHaveLength(50);
});
afterAll(async () => {
  await second.close();
  await first.close();
});

describe('50 parties adopting one plan at the same time', () => {
  it('records all 50 adoptions once each, from two replicas, with retried requests', async () => {
    const created = await post(first, '/plans', { planId, title: 'Överenskommelse', kind: 'overenskommelse', scope: 'national', owner: 'national:regeringen', parties: kommuner, source });
    expect(created.status).toBe(201);

    const requests = kommuner.flatMap((party, index) => {
      const headers = { 'Idempotency-Key': `adoption-${party}` };
      const app = index % 2 === 0 ? first : second;
      // Every adoption is sent twice with the same key, as a client retrying after a lost answer would.
      return [post(app, `/plans/${planId}/adoptions`, adoption(party), headers), post(app === first ? second : first, `/plans/${planId}/adoptions`, adoption(party), headers)];
    });
    const answers = await Promise.all(requests);

    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    for (let i = 0; i < answers.length; i += 2) expect(answers[i + 1].body).toEqual(answers[i].body);

    const events = await (first.app.get(EVENT_STORE) as EventStore).readStream(`plan-${planId}`);
    const parties = events.filter((e) => e.type === 'PlanAdopted').map((e) => e.data.party);
    expect(parties).toHaveLength(50);
    expect(new Set(parties)).toEqual(new Set(kommuner));
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
    for (let i = 1; i < events.length; i += 1) expect(events[i].metadata.previousHash).toBe(events[i - 1].metadata.hash);

    const plan = await fetch(`${second.url}/plans/${planId}`).then((r) => r.json());
    expect(plan).toMatchObject({ status: 'adopted', pendingParties: [], revision: 50 });
  });
});
