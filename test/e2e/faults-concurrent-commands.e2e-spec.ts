import { loadActorRegistry } from '../../src/actors/load-actor-registry.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/event-store/event-store.port.js';
import { Seeded } from '../support/faults/seeded.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const SEED = 1_000;
const PLANS = 5;
const source = { title: 'Överenskommelse om god och nära vård 2024', publisher: 'Regeringskansliet' };

/**
 * What each request is, and so what it may be answered: a party's single
 * adoption (201); the same party twice without a key (one 201, one 409
 * PLAN.PARTY_ALREADY_ADOPTED); an If-Match older than the plan certainly is
 * (409 COMMAND.WRONG_REVISION); one adoption sent three times with one
 * Idempotency-Key (201 three times, one event); a read-then-write, If-Match
 * set to the ETag just read and tried again on 409 (201, or 409
 * COMMAND.WRONG_REVISION when others kept writing in between).
 */
type Kind = 'single' | 'duplicate' | 'stale' | 'retried' | 'conditional';

interface Sent {
  readonly kind: Kind;
  readonly planId: string;
  readonly party: string;
  readonly headers: Record<string, string>;
  readonly replica: number;
}

interface Answered extends Sent {
  readonly status: number;
  readonly body: { eventId?: string; code?: string; statusCode?: number };
  /** Refusals that wrote nothing and that the client answered by sending again. */
  readonly retries: number;
}

/** Per plan: how many parties each kind of request uses, and how many requests per party. */
const MIX: readonly (readonly [Kind, number, number])[] = [
  ['single', 100, 1],
  ['duplicate', 20, 2],
  ['stale', 15, 1],
  ['retried', 10, 3],
  ['conditional', 15, 1],
];

let replicas: StartedApp[];
const planIds = Array.from({ length: PLANS }, (_, index) => `nationell-plan-${index + 1}`);
const kommuner = loadActorRegistry()
  .list({ kind: 'kommun' })
  .map((kommun) => kommun.id);

const post = (app: StartedApp, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}`, ...headers },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as Answered['body'] }));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const adoption = (party: string) => ({ party, decidedOn: '2024-03-01', decidedBy: 'kommunfullmäktige', source });

const MAX_RETRIES = 3;

/**
 * Sends one request as a careful client does: a 409 COMMAND.CONCURRENT_CHANGES
 * wrote nothing and is sent again; a conditional write reads the plan's ETag
 * first and, refused because the plan moved on, reads and tries again.
 */
async function send(request: Sent): Promise<Answered> {
  const replica = replicas[request.replica];
  for (let retries = 0; ; retries += 1) {
    const headers = { ...request.headers };
    if (request.kind === 'conditional') {
      const current = await fetch(`${replica.url}/plans/${request.planId}`);
      headers['If-Match'] = current.headers.get('etag')!;
      // Read to the end: a response left unread keeps its connection busy, and a server closing waits for busy connections.
      await current.arrayBuffer();
    }
    const answer = await post(replica, `/plans/${request.planId}/adoptions`, adoption(request.party), headers);
    const again = answer.body.code === 'COMMAND.CONCURRENT_CHANGES' || (request.kind === 'conditional' && answer.body.code === 'COMMAND.WRONG_REVISION');
    if (!again || retries === MAX_RETRIES) return { ...request, headers, ...answer, retries };
  }
}

function requests(rng: Seeded): Sent[] {
  const sent: Sent[] = [];
  for (const planId of planIds) {
    const parties = rng.shuffle(kommuner.slice(1));
    for (const [kind, count, times] of MIX) {
      for (const party of parties.splice(0, count)) {
        const headers: Record<string, string> =
          kind === 'stale' ? { 'If-Match': '"0"' }
          : kind === 'retried' ? { 'Idempotency-Key': `${planId}-${party}` }
          : {};
        for (let time = 0; time < times; time += 1) sent.push({ kind, planId, party, headers, replica: rng.int(0, replicas.length - 1) });
      }
    }
  }
  return rng.shuffle(sent);
}

beforeAll(async () => {
  const first = await startApp({ keepData: true });
  // A second replica on the same SQLite file: its commands meet the first one's only in the store.
  replicas = [first, await startApp({ sqlitePath: first.config.sqlitePath })];
  for (const planId of planIds) {
    const plan = { planId, title: `Nationell plan ${planId}`, kind: 'overenskommelse', scope: 'national', owner: 'national:regeringen', parties: kommuner, source };
    expect((await post(first, '/plans', plan)).status).toBe(201);
    // One adoption before the storm, so the plan is past revision 0 and If-Match "0" is stale for certain.
    expect((await post(first, `/plans/${planId}/adoptions`, adoption(kommuner[0]))).status).toBe(201);
  }
});
afterAll(async () => {
  await replicas[1].close();
  await replicas[0].close();
});

describe(`1 000 concurrent adoptions of ${PLANS} plans from two replicas (seed ${SEED})`, () => {
  let answers: Answered[];
  let logs: Map<string, RecordedEvent[]>;

  beforeAll(async () => {
    const sent = requests(new Seeded(SEED));
    expect(sent).toHaveLength(1_000);
    answers = await Promise.all(sent.map(send));
    const store = replicas[0].app.get(EVENT_STORE) as EventStore;
    logs = new Map(await Promise.all(planIds.map(async (planId) => [planId, await store.readStream(`plan-${planId}`)] as const)));
  });

  const adoptionsIn = (planId: string) => logs.get(planId)!.filter((event) => event.type === 'PlanAdopted' && event.data.party !== kommuner[0]);

  it('answers every request 201 or 409, and 409 only for a conflict', () => {
    const unexpected = answers.filter(
      (a) =>
        !(a.status === 201 && typeof a.body.eventId === 'string') &&
        !(a.status === 409 && ['PLAN.PARTY_ALREADY_ADOPTED', 'COMMAND.WRONG_REVISION', 'COMMAND.CONCURRENT_CHANGES'].includes(a.body.code ?? '')),
    );
    expect(unexpected).toEqual([]);
    const byKind = (kind: Kind) => answers.filter((a) => a.kind === kind);
    expect(byKind('single').filter((a) => a.status !== 201)).toEqual([]);
    expect(byKind('retried').filter((a) => a.status !== 201)).toEqual([]);
    expect(byKind('stale').filter((a) => a.status !== 409 || a.body.code !== 'COMMAND.WRONG_REVISION')).toEqual([]);
    expect(byKind('conditional').filter((a) => a.status === 409 && a.body.code !== 'COMMAND.WRONG_REVISION')).toEqual([]);
  });

  it('accepts exactly one of two adoptions by the same party and refuses the other as already adopted', () => {
    const duplicates = answers.filter((a) => a.kind === 'duplicate');
    const byParty = groupBy(duplicates, (a) => `${a.planId} ${a.party}`);
    for (const [party, pair] of byParty) {
      expect({ party, statuses: pair.map((a) => a.status).sort() }).toEqual({ party, statuses: [201, 409] });
      expect({ party, code: pair.find((a) => a.status === 409)!.body.code }).toEqual({ party, code: 'PLAN.PARTY_ALREADY_ADOPTED' });
    }
  });

  it('answers the three sends of one Idempotency-Key with one and the same event', () => {
    const retried = groupBy(
      answers.filter((a) => a.kind === 'retried'),
      (a) => a.headers['Idempotency-Key'],
    );
    for (const [key, sends] of retried) expect({ key, ids: new Set(sends.map((a) => a.body.eventId)).size }).toEqual({ key, ids: 1 });
  });

  it('has every accepted command in the log exactly once, and nothing in the log that no accepted answer explains', () => {
    const accepted = answers.filter((a) => a.status === 201);
    for (const planId of planIds) {
      const logged = adoptionsIn(planId);
      const acceptedHere = accepted.filter((a) => a.planId === planId);
      const explained = new Map(acceptedHere.map((a) => [a.body.eventId!, a.party]));
      expect({ planId, logged: logged.map((event) => [event.id, event.data.party]).sort() }).toEqual({ planId, logged: [...explained].sort() });
      expect(new Set(logged.map((event) => event.data.party)).size).toBe(logged.length);
    }
  });

  it('leaves no trace of a refused request and keeps each stream one unbroken chain', () => {
    const refusedParties = answers.filter((a) => a.status === 409 && (a.kind === 'stale' || a.kind === 'conditional'));
    for (const refused of refusedParties) {
      expect({ refused: refused.party, logged: adoptionsIn(refused.planId).some((event) => event.data.party === refused.party) }).toEqual({
        refused: refused.party,
        logged: false,
      });
    }
    for (const [planId, events] of logs) {
      expect({ planId, revisions: events.map((event) => event.revision) }).toEqual({ planId, revisions: events.map((_, index) => index) });
      for (let i = 1; i < events.length; i += 1) expect(events[i].metadata.previousHash).toBe(events[i - 1].metadata.hash);
    }
  });

  it('answers the plans from the projections as the log has them', async () => {
    const head = Math.max(...[...logs.values()].map((events) => events.at(-1)!.position));
    for (const replica of replicas) {
      for (const planId of planIds) {
        const logged = logs.get(planId)!.filter((event) => event.type === 'PlanAdopted');
        const answer = await fetch(`${replica.url}/plans/${planId}/adoption?minPosition=${head}`).then((response) => response.json() as Promise<{ adopted: number; parties: unknown[] }>);
        const adopted = (answer.parties as { actor: string; adopted: boolean; eventId: string | null }[]).filter((p) => p.adopted);
        expect({ planId, adopted: answer.adopted, parties: adopted.map((p) => [p.actor, p.eventId]).sort() }).toEqual({
          planId,
          adopted: logged.length,
          parties: logged.map((event) => [event.data.party, event.id]).sort(),
        });
      }
    }
  });
});
