import fc from 'fast-check';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { parseDecisionDate } from '../../src/ledger/domain/decision-date.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const clock = { now: () => new Date('2024-01-15T09:00:00Z') };
const source = { title: 'Testkälla', publisher: 'Region Värmland' };

let started: StartedApp;
let adoptionId: string;

type FieldType = 'string' | 'strings' | 'integer' | 'number' | 'object' | 'source';

/** Each command route with a body that would be accepted, and the type of each of its fields. */
const ROUTES: ReadonlyArray<{ path: () => string; valid: () => Record<string, unknown>; fields: Record<string, FieldType> }> = [
  { path: () => '/plans', valid: () => ({ title: 'Plan', kind: 'malbild', scope: 'lan', lan: 'lan:17', source }), fields: { planId: 'string', title: 'string', kind: 'string', scope: 'string', lan: 'string', owner: 'string', parties: 'strings', initiatedOn: 'string', description: 'string', source: 'source' } },
  { path: () => '/plans/varmland-malbild/proposals', valid: () => ({ decidedOn: '2022-01', source }), fields: { decidedOn: 'string', proposedBy: 'string', source: 'source' } },
  { path: () => '/plans/varmland-malbild/adoptions', valid: () => ({ party: 'kommun:1761', decidedOn: '2022-03-28', decidedBy: 'KF', source }), fields: { party: 'string', decidedOn: 'string', decidedBy: 'string', source: 'source' } },
  { path: () => '/plans/varmland-malbild/revisions', valid: () => ({ decidedOn: '2023', source }), fields: { decidedOn: 'string', title: 'string', description: 'string', source: 'source' } },
  { path: () => '/plans/varmland-malbild/supersession', valid: () => ({ supersededBy: 'varmland-fardplan', decidedOn: '2023', source }), fields: { supersededBy: 'string', decidedOn: 'string', source: 'source' } },
  { path: () => '/plans/varmland-malbild/withdrawal', valid: () => ({ decidedOn: '2023', reason: 'Avbrutet', source }), fields: { decidedOn: 'string', reason: 'string', source: 'source' } },
  { path: () => '/initiatives', valid: () => ({ title: 'Team', kind: 'mobilt_team', owners: ['kommun:1784'], source }), fields: { initiativeId: 'string', title: 'string', kind: 'string', program: 'string', owners: 'strings', lan: 'string', targetGroups: 'strings', focusAreas: 'strings', description: 'string', source: 'source' } },
  ...['decision', 'start', 'scale-up', 'permanence', 'end'].map((step) => ({
    path: () => `/initiatives/arvika-team/${step}`,
    valid: () => ({ decidedOn: '2023', source }),
    fields: { decidedOn: 'string', decidedBy: 'string', note: 'string', source: 'source' } as Record<string, FieldType>,
  })),
  { path: () => '/figures', valid: () => ({ indicatorId: 'lan-malbild', year: 2022, value: 20, publisher: 'national:skr', source }), fields: { figureId: 'string', indicatorId: 'string', year: 'integer', value: 'number', numerator: 'integer', denominator: 'integer', publisher: 'string', decidedOn: 'string', note: 'string', source: 'source' } },
  { path: () => '/corrections', valid: () => ({ eventId: adoptionId, fields: { decidedOn: '2022-03-28' }, reason: 'Rättelse', source }), fields: { eventId: 'string', fields: 'object', reason: 'string', source: 'source' } },
  { path: () => '/retractions', valid: () => ({ eventId: adoptionId, reason: 'Fel', source }), fields: { eventId: 'string', reason: 'string', source: 'source' } },
  { path: () => '/access/keys', valid: () => ({ name: 'ny-nyckel', role: 'reader' }), fields: { name: 'string', role: 'string', scope: 'strings' } },
];

const json = fc.jsonValue({ maxDepth: 2 });
const notString = json.filter((v) => typeof v !== 'string');
/** A value of the wrong type for a field of this type: never accepted whatever the rest of the body says. */
const wrongFor: Record<FieldType, fc.Arbitrary<unknown>> = {
  string: notString,
  strings: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.array(notString, { minLength: 1, maxLength: 3 })),
  integer: json.filter((v) => !Number.isInteger(v)),
  number: json.filter((v) => typeof v !== 'number'),
  object: json.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  source: fc.oneof(notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.record({ title: notString })),
};
const notADate = fc.string({ maxLength: 12 }).filter((value) => {
  try {
    parseDecisionDate(value);
    return false;
  } catch {
    return true;
  }
});

/** Garbage for one route: any JSON at all, a field of the wrong type, an unknown field, or a date that is no date. */
const garbageFor = (route: (typeof ROUTES)[number]) =>
  fc.oneof(
    json,
    fc.constantFrom(...Object.entries(route.fields)).chain(([field, type]) => wrongFor[type].map((value) => ({ ...route.valid(), [field]: value }))),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 10 }).filter((key) => !(key in route.fields) && key !== '__proto__' && key !== 'constructor'), json)
      .map(([key, value]) => ({ ...route.valid(), [key]: value })),
    ...('decidedOn' in route.fields ? [notADate.map((decidedOn) => ({ ...route.valid(), decidedOn }))] : []),
  );

async function countEvents(): Promise<number> {
  let n = 0;
  for await (const _event of (started.app.get(EVENT_STORE) as EventStore).readAll()) n += 1;
  return n;
}

const post = (url: string, payload: string) =>
  started.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}` }, payload });

beforeAll(async () => {
  started = await startApp({ clock });
  const setup = async (url: string, body: unknown) => expect((await post(url, JSON.stringify(body))).statusCode).toBe(201);
  await setup('/plans', { planId: 'varmland-malbild', title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', source });
  await setup('/plans', { planId: 'varmland-fardplan', title: 'Färdplan', kind: 'fardplan', scope: 'lan', lan: 'lan:17', parties: ['lan:17'], source });
  await setup('/initiatives', { initiativeId: 'arvika-team', title: 'Team', kind: 'mobilt_team', owners: ['kommun:1784'], source });
  const adopted = await post('/plans/varmland-malbild/adoptions', JSON.stringify({ party: 'kommun:1784', decidedOn: '2022-03', decidedBy: 'KF', source }));
  adoptionId = adopted.json().eventId;
});
afterAll(() => started.close());

describe('generated garbage against every command', () => {
  it.each(ROUTES.map((route) => [route.path(), route] as const))('POST %s answers 4xx and writes nothing', async (_path, route) => {
    const before = await countEvents();
    await fc.assert(
      fc.asyncProperty(garbageFor(route), async (body) => {
        const response = await post(route.path(), JSON.stringify(body));
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(response.json()).toMatchObject({ statusCode: response.statusCode, code: expect.any(String), message: expect.any(String) });
      }),
      { numRuns: 60 },
    );
    expect(await countEvents()).toBe(before);
  });

  it('answers 4xx to garbage in the path and writes nothing', async () => {
    const before = await countEvents();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('adoptions', 'proposals', 'withdrawal'), async (id, step) => {
        const response = await post(`/plans/${encodeURIComponent(id)}/${step}`, JSON.stringify({ party: 'kommun:1761', decidedOn: '2022', decidedBy: 'KF', reason: 'x', source }));
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    expect(await countEvents()).toBe(before);
  });
});
