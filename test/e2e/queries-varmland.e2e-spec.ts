import type { Clock } from '../../src/config/clock.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

/** Seed 002: Region Värmland and the 16 kommuner approved the målbild between 28 March and 16 June 2022. */
const ADOPTIONS: ReadonlyArray<readonly [party: string, decidedOn: string]> = [
  ['kommun:1784', '2022-03-28'],
  ['kommun:1761', '2022-03-28'],
  ['kommun:1762', '2022-03-29'],
  ['kommun:1782', '2022-03-30'],
  ['region:17', '2022-04-06'],
  ['kommun:1783', '2022-04-25'],
  ['kommun:1737', '2022-04-25'],
  ['kommun:1785', '2022-04-25'],
  ['kommun:1765', '2022-04-25'],
  ['kommun:1764', '2022-04-26'],
  ['kommun:1730', '2022-04-27'],
  ['kommun:1760', '2022-05-16'],
  ['kommun:1766', '2022-05-23'],
  ['kommun:1715', '2022-05-24'],
  ['kommun:1781', '2022-05-24'],
  ['kommun:1763', '2022-06-07'],
  ['kommun:1780', '2022-06-16'],
];
const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' };
const PLAN = 'varmland-malbild-2022';

/** Record time is ours to set: the ledger learns of the decisions in January 2023 and of the correction in February. */
let now = new Date('2023-01-10T09:00:00Z');
const clock: Clock = { now: () => now };
let started: StartedApp;
let lastPosition = 0;

async function call(method: string, path: string, body?: unknown, key: string | null = TEST_ADMIN_KEY) {
  const response = await fetch(`${started.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function record(path: string, body: unknown) {
  const answer = await call('POST', path, body);
  expect(answer.status).toBe(201);
  lastPosition = answer.body.position;
  now = new Date(now.getTime() + 60_000);
  return answer.body as { eventId: string; position: number };
}

const read = (path: string) => call('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${lastPosition}`, undefined, null);

let karlstad: { eventId: string; position: number };
let beforeCorrection: string;

beforeAll(async () => {
  started = await startApp({ clock });
  await record('/plans', { planId: PLAN, title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland', kind: 'malbild', scope: 'lan', lan: 'lan:17', initiatedOn: '2021', source });
  for (const [party, decidedOn] of ADOPTIONS) {
    const adopted = await record(`/plans/${PLAN}/adoptions`, { party, decidedOn, decidedBy: party.startsWith('region') ? 'regionfullmäktige' : 'kommunfullmäktige', source });
    if (party === 'kommun:1780') karlstad = adopted;
  }
});
afterAll(() => started.close());

describe('queries over Värmland\'s målbild', () => {
  it('shows adoption by 17 of 17 parties, first 2022-03-28, fully adopted 2022-06-16, after 80 days', async () => {
    const adoption = await read(`/plans/${PLAN}/adoption`);
    expect(adoption.status).toBe(200);
    expect(adoption.body).toMatchObject({
      planId: PLAN,
      status: 'fully_adopted',
      expected: 17,
      adopted: 17,
      missing: [],
      firstAdoptedOn: { edtf: '2022-03-28' },
      fullyAdoptedOn: { edtf: '2022-06-16' },
      leadTimeDays: 80,
    });
    const lan = await read('/lan/17/adoption');
    expect(lan.body.kinds[0]).toMatchObject({ kind: 'malbild', fullyAdopted: 1, plans: [{ planId: PLAN }] });
  });

  it('counts Värmland among län with a decided målbild in 2022, not in 2021', async () => {
    const series = await read('/indicators/lan-med-malbild/series?from=2021&to=2022');
    expect(series.status).toBe(200);
    expect(series.body.years.map((y: { year: number; value: number; population: number }) => [y.year, y.value, y.population])).toEqual([
      [2021, 0, 21],
      [2022, 1, 21],
    ]);
    expect(series.body.years[1].members.certain).toEqual(['lan:17']);
  });

  it('lists the län\'s decisions on the timeline in decision-time order', async () => {
    const timeline = await read('/timeline?lan=17&limit=100');
    expect(timeline.status).toBe(200);
    expect(timeline.body.items).toHaveLength(18);
    expect(timeline.body.items[0]).toMatchObject({ type: 'PlanInitiated', date: { edtf: '2021', precision: 'year' } });
    expect(timeline.body.items.slice(1).map((i: { actors: string[] }) => i.actors[0])).toEqual(ADOPTIONS.map(([party]) => party));
    expect(timeline.body.items[1]).toMatchObject({ plan: { id: PLAN, kind: 'malbild' }, body: 'kommunfullmäktige', source, corrected: false });
  });

  it('sends a cached answer as JSON in UTF-8, the same bytes to every client', async () => {
    const path = `/timeline?lan=17&limit=100&minPosition=${lastPosition}`;
    const [first, again] = await Promise.all([fetch(`${started.url}${path}`), fetch(`${started.url}${path}`)]);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await again.arrayBuffer())];
    expect(Number(first.headers.get('content-length'))).toBe(a.length);
    expect(a.equals(b)).toBe(true);
    expect(a.toString('utf8')).toContain('"body":"kommunfullmäktige"');
  });

  it('moves a corrected adoption on the timeline, shows the old date before the correction, and audits both events', async () => {
    beforeCorrection = now.toISOString();
    now = new Date('2023-02-01T10:00:00Z');
    const correction = await record('/corrections', { eventId: karlstad.eventId, fields: { decidedOn: '2022-06-01' }, reason: 'Protokollet anger 1 juni', source });

    const after = await read('/timeline?actor=kommun:1780');
    expect(after.body.items).toEqual([expect.objectContaining({ eventId: karlstad.eventId, date: expect.objectContaining({ edtf: '2022-06-01' }), corrected: true })]);
    const lan = (await read('/timeline?lan=17&limit=100')).body.items.map((i: { eventId: string }) => i.eventId);
    expect(lan.indexOf(karlstad.eventId)).toBe(16);
    const before = await read(`/timeline?actor=kommun:1780&asOf=${encodeURIComponent(beforeCorrection)}`);
    expect(before.body.items[0]).toMatchObject({ date: { edtf: '2022-06-16' }, corrected: false });
    expect((await read(`/plans/${PLAN}/adoption`)).body).toMatchObject({ fullyAdoptedOn: { edtf: '2022-06-07' }, leadTimeDays: 71 });

    const audit = await read(`/audit/events?stream=plan-${PLAN}&type=PlanAdopted,RecordCorrected&order=desc&limit=2`);
    expect(audit.body.total).toBe(18);
    expect(audit.body.items.map((e: { id: string }) => e.id)).toEqual([correction.eventId, karlstad.eventId]);
    expect(audit.body.items[0]).toMatchObject({ type: 'RecordCorrected', metadata: { principal: 'env:ADMIN_API_KEY' }, data: { reason: 'Protokollet anger 1 juni' } });
    const stream = await read(`/audit/streams/plan-${PLAN}`);
    const original = stream.body.events.find((e: { id: string }) => e.id === karlstad.eventId);
    expect(original.amendedBy).toEqual([
      { eventId: correction.eventId, type: 'RecordCorrected', recordedAt: '2023-02-01T10:00:00.000Z', principal: 'env:ADMIN_API_KEY', reason: 'Protokollet anger 1 juni', fields: { decidedOn: '2022-06-01' } },
    ]);
    expect(original.metadata).toMatchObject({ principal: 'env:ADMIN_API_KEY', source });
  });
});

describe('län with a decided länsgemensam handlingsplan, year over year', () => {
  it('answers 13 against 6 for 2022, ratio 2.17: fördubblats', async () => {
    const lans = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '18'];
    for (const [i, code] of lans.entries()) {
      const planId = `handlingsplan-${code}`;
      const decidedOn = i < 6 ? `2021-0${i + 1}-15` : `2022-0${i - 5}-10`;
      await record('/plans', { planId, title: `Länsgemensam handlingsplan, län ${code}`, kind: 'handlingsplan', scope: 'lan', lan: `lan:${code}`, parties: [`lan:${code}`], source });
      await record(`/plans/${planId}/adoptions`, { party: `lan:${code}`, decidedOn, decidedBy: 'länsstyrgruppen', source });
    }
    const yoy = await read('/indicators/lan-med-handlingsplan/yoy?year=2022');
    expect(yoy.status).toBe(200);
    expect(yoy.body).toMatchObject({ year: 2022, previousYear: 2021, current: { value: 13, population: 21 }, previous: { value: 6 }, delta: 7, ratio: 2.17, phrase: 'fördubblats' });
    expect(yoy.body.sentence).toContain('mer än fördubblats');
  });
});

describe('the read side over HTTP', () => {
  it('refuses bad query parameters naming them', async () => {
    expect((await read('/timeline?lan=99')).body).toMatchObject({ statusCode: 400, field: 'lan' });
    expect((await read('/timeline?kind=roadmap')).body).toMatchObject({ statusCode: 400, code: 'QUERY.UNKNOWN_VALUE', field: 'kind' });
    expect((await read('/timeline?colour=red')).body).toMatchObject({ statusCode: 400, code: 'QUERY.UNKNOWN_PARAMETER', field: 'colour' });
    expect((await read('/indicators/lan-med-malbild/series?cutoff=13-01')).body).toMatchObject({ statusCode: 400, field: 'cutoff' });
    expect((await read('/timeline?asOf=igår')).body).toMatchObject({ statusCode: 400, field: 'asOf' });
    expect((await read('/indicators/finns-inte/yoy')).body).toMatchObject({ statusCode: 404, code: 'INDICATOR.NOT_FOUND' });
    expect((await read('/plans/finns-inte/adoption')).body).toMatchObject({ statusCode: 404, code: 'PLAN.NOT_FOUND' });
  });

  it('refuses at once a minPosition the ledger has not reached, on every query, naming the field and the rule', async () => {
    const head = (await (started.app.get(EVENT_STORE) as EventStore).headPosition())!;
    const ahead = head + 1;
    const queries = ['/timeline', '/indicators/lan-med-malbild/series', '/indicators/lan-med-malbild/yoy?year=2022', `/plans/${PLAN}/adoption`, '/lan/17/adoption', '/audit/events', '/indicators/lan-med-malbild/reconciliation'];
    for (const query of queries) {
      const answer = await call('GET', `${query}${query.includes('?') ? '&' : '?'}minPosition=${ahead}`, undefined, null);
      expect({ query, status: answer.status, body: answer.body }).toEqual({
        query,
        status: 400,
        body: { statusCode: 400, code: 'QUERY.POSITION_NOT_REACHED', message: `minPosition: ${ahead} har liggaren inte nått; den senaste positionen är ${head}`, field: 'minPosition', rule: 'reached-position' },
      });
    }
  });

  it('serves an indicator whose id names a program', async () => {
    const yoy = await read('/indicators/regioner-med-program:halsosamtal/yoy?year=2022');
    expect(yoy.body).toMatchObject({ indicatorId: 'regioner-med-program:halsosamtal', current: { value: 0, population: 21 }, phrase: 'oförändrat' });
    expect((await read('/indicators')).body.indicators.map((i: { id: string }) => i.id)).toContain('mobila-team-aktiva');
  });

  it('rebuilds from zero on an admin\'s request and answers as before', async () => {
    const timeline = (await read('/timeline?limit=500')).body.items;
    const reader = await call('POST', '/access/keys', { name: 'granskare', role: 'reader' });
    expect((await call('POST', '/admin/rebuild', undefined, reader.body.key)).status).toBe(403);
    const rebuilt = await call('POST', '/admin/rebuild');
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toMatchObject({ ledgerEvents: 45, events: 46 });
    expect((await read('/timeline?limit=500')).body.items).toEqual(timeline);
  });
});
