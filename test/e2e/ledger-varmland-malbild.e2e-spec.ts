import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

/**
 * Seed 002 (Region Värmland, "Värmlands målbild godkänd"): the region and the
 * 16 kommuner approved the målbild between 28 March and 16 June 2022, in this order.
 */
const SEED_002_ADOPTIONS: ReadonlyArray<readonly [day: string, named: string]> = [
  ['2022-03-28', 'Arvika kommun'],
  ['2022-03-28', 'Hammarö kommun'],
  ['2022-03-29', 'Munkfors kommun'],
  ['2022-03-30', 'Filipstads kommun'],
  ['2022-04-06', 'Region Värmland'],
  ['2022-04-25', 'Hagfors kommun'],
  ['2022-04-25', 'Torsby kommun'],
  ['2022-04-25', 'Säffle kommun'],
  ['2022-04-25', 'Årjängs kommun'],
  ['2022-04-26', 'Grums kommun'],
  ['2022-04-27', 'Eda kommun'],
  ['2022-05-16', 'Storfors kommun'],
  ['2022-05-23', 'Sunne kommun'],
  ['2022-05-24', 'Kils kommun'],
  ['2022-05-24', 'Kristinehamns kommun'],
  ['2022-06-07', 'Forshaga kommun'],
  ['2022-06-16', 'Karlstads kommun'],
];
const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' };

let started: StartedApp;
let varmlandKey: string;

const call = async (method: string, path: string, body?: unknown, key: string | null = varmlandKey) => {
  const response = await fetch(`${started.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
};

beforeAll(async () => {
  started = await startApp();
  const created = await call('POST', '/access/keys', { name: 'varmland-samordnare', role: 'recorder', scope: ['lan:17'] }, TEST_ADMIN_KEY);
  expect(created.status).toBe(201);
  varmlandKey = created.body.key;
});
afterAll(() => started.close());

describe('Värmland\'s målbild, recorded over HTTP exactly as seed 002 lists it', () => {
  it('finds every party of the seed among the reference actors', async () => {
    const lan = await call('GET', '/actors/lan:17', undefined, null);
    expect(lan.status).toBe(200);
    const names = [lan.body.region.name, ...lan.body.kommuner.map((k: { name: string }) => k.name)].sort();
    expect(names).toEqual(SEED_002_ADOPTIONS.map(([, named]) => named).sort());
  });

  it('records the plan and the 17 adoptions, and reads them back', async () => {
    const lan = (await call('GET', '/actors/lan:17', undefined, null)).body;
    const idByName = new Map<string, string>([[lan.region.name, lan.region.id], ...lan.kommuner.map((k: { id: string; name: string }) => [k.name, k.id] as [string, string])]);

    const initiated = await call('POST', '/plans', {
      planId: 'varmland-malbild-2022',
      title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland',
      kind: 'malbild',
      scope: 'lan',
      lan: 'lan:17',
      initiatedOn: '2021',
      source,
    });
    expect(initiated.status).toBe(201);
    expect(initiated.body).toEqual({ eventId: expect.any(String), stream: 'plan-varmland-malbild-2022', revision: 0, position: expect.any(Number) });

    for (const [index, [day, named]] of SEED_002_ADOPTIONS.entries()) {
      const party = idByName.get(named);
      const adopted = await call('POST', '/plans/varmland-malbild-2022/adoptions', { party, decidedOn: day, decidedBy: named.startsWith('Region') ? 'regionfullmäktige' : 'kommunfullmäktige', source });
      expect(adopted.status).toBe(201);
      expect(adopted.body.revision).toBe(index + 1);
    }

    const plan = await call('GET', '/plans/varmland-malbild-2022', undefined, null);
    expect(plan.status).toBe(200);
    expect(plan.headers.get('etag')).toBe('"17"');
    expect(plan.body).toMatchObject({ planId: 'varmland-malbild-2022', kind: 'malbild', scope: 'lan', lan: 'lan:17', owner: 'lan:17', status: 'adopted', fullyAdoptedOn: '2022-06-16', pendingParties: [], revision: 17 });
    expect(plan.body.parties).toHaveLength(17);
    const adoptedOn = Object.fromEntries(plan.body.parties.map((p: { name: string; adoption: { decidedOn: string } }) => [p.name, p.adoption.decidedOn]));
    expect(adoptedOn).toEqual(Object.fromEntries(SEED_002_ADOPTIONS.map(([day, named]) => [named, day])));

    const list = await call('GET', '/plans?lan=lan:17&kind=malbild', undefined, null);
    expect(list.body).toMatchObject({ total: 1, plans: [{ planId: 'varmland-malbild-2022', status: 'adopted' }] });
    expect(list.body.plans[0].adoptedBy).toHaveLength(17);
  });
});
