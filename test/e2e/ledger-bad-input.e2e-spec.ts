import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const clock = { now: () => new Date('2024-01-15T09:00:00Z') };
const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' };
const adoption = (party: string, extra: Record<string, unknown> = {}) => ({ party, decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige', source, ...extra });

let started: StartedApp;
let recorderKey: string;
let readerKey: string;
let arvikaAdoptionId: string;
let retractedId: string;

interface Sent {
  readonly method?: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  /** Raw payload instead of JSON. */
  readonly raw?: string;
  readonly key?: string | null;
  readonly headers?: Record<string, string>;
}

async function send({ method = 'POST', path, body, raw, key = TEST_ADMIN_KEY, headers = {} }: Sent) {
  const response = await started.app.inject({
    method,
    url: path,
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    payload: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return { status: response.statusCode, body: response.json() as Record<string, unknown>, headers: response.headers };
}

async function countEvents(): Promise<number> {
  let n = 0;
  for await (const _event of (started.app.get(EVENT_STORE) as EventStore).readAll()) n += 1;
  return n;
}

async function ok(sent: Sent) {
  const answer = await send(sent);
  expect(answer.status).toBe(201);
  return answer.body;
}

beforeAll(async () => {
  started = await startApp({ clock });
  recorderKey = String((await ok({ path: '/access/keys', body: { name: 'varmland', role: 'recorder', scope: ['lan:17'] } })).key);
  readerKey = String((await ok({ path: '/access/keys', body: { name: 'lasare', role: 'reader' } })).key);
  const plan = (planId: string, extra: Record<string, unknown> = {}) => ok({ path: '/plans', body: { planId, title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', source, ...extra } });
  await plan('varmland-malbild-2022');
  arvikaAdoptionId = String((await ok({ path: '/plans/varmland-malbild-2022/adoptions', body: adoption('kommun:1784') })).eventId);
  const hammaro = await ok({ path: '/plans/varmland-malbild-2022/adoptions', body: adoption('kommun:1761') });
  retractedId = String(hammaro.eventId);
  await ok({ path: '/retractions', body: { eventId: retractedId, reason: 'Fel plan', source } });
  await plan('varmland-aterkallad');
  await ok({ path: '/plans/varmland-aterkallad/withdrawal', body: { decidedOn: '2023', reason: 'Avbrutet', source } });
  await plan('varmland-gammal');
  await ok({ path: '/plans/varmland-gammal/supersession', body: { supersededBy: 'varmland-malbild-2022', decidedOn: '2022', source } });
  await plan('skane-malbild', { lan: 'lan:12' });
  await ok({ path: '/initiatives', body: { initiativeId: 'arvika-team', title: 'Mobilt team', kind: 'mobilt_team', owners: ['kommun:1784'], source } });
});
afterAll(() => started.close());

const adopt = (body: unknown, extra: Partial<Sent> = {}): Sent => ({ path: '/plans/varmland-malbild-2022/adoptions', body, ...extra });
const initiatePlan = (extra: Record<string, unknown>): Sent => ({ path: '/plans', body: { title: 'Plan', kind: 'malbild', scope: 'lan', lan: 'lan:17', source, ...extra } });
const registerInitiative = (extra: Record<string, unknown>): Sent => ({ path: '/initiatives', body: { title: 'Team', kind: 'mobilt_team', owners: ['kommun:1784'], source, ...extra } });
const figure = (extra: Record<string, unknown>): Sent => ({ path: '/figures', body: { indicatorId: 'lan-malbild', year: 2022, value: 20, publisher: 'national:skr', source, ...extra } });

const CASES: ReadonlyArray<readonly [string, number, string, string | undefined, () => Sent]> = [
  ['a malformed EDTF date', 400, 'DATE.INVALID', 'decidedOn', () => adopt(adoption('kommun:1762', { decidedOn: '28 mars 2022' }))],
  ['an impossible date', 400, 'DATE.INVALID', 'decidedOn', () => adopt(adoption('kommun:1762', { decidedOn: '2022-02-30' }))],
  ['an interval instead of a date', 400, 'DATE.INVALID', 'decidedOn', () => adopt(adoption('kommun:1762', { decidedOn: '2022/2023' }))],
  ['a decision date after the record date', 400, 'DATE.AFTER_RECORD_TIME', 'decidedOn', () => adopt(adoption('kommun:1762', { decidedOn: '2024-01-16' }))],
  ['an unknown actor', 400, 'ACTOR.UNKNOWN', 'party', () => adopt(adoption('kommun:9999'))],
  ['an unknown plan kind', 400, 'PLAN.UNKNOWN_KIND', 'kind', () => initiatePlan({ kind: 'vision' })],
  ['an unknown scope', 400, 'PLAN.UNKNOWN_SCOPE', 'scope', () => initiatePlan({ scope: 'county' })],
  ['an unknown initiative kind', 400, 'INITIATIVE.UNKNOWN_KIND', 'kind', () => registerInitiative({ kind: 'team' })],
  ['an unknown program', 400, 'INITIATIVE.UNKNOWN_PROGRAM', 'program', () => registerInitiative({ program: 'hälsosamtal' })],
  ['an unknown focus area', 400, 'INITIATIVE.UNKNOWN_FOCUS_AREA', 'focusAreas[0]', () => registerInitiative({ focusAreas: ['innovation'] })],
  ['a party that is not a party of the plan', 400, 'PLAN.PARTY_NOT_A_PARTY', 'party', () => adopt(adoption('kommun:0180'))],
  ['a second adoption by the same party', 409, 'PLAN.PARTY_ALREADY_ADOPTED', 'party', () => adopt(adoption('kommun:1784'))],
  ['adopting a withdrawn plan', 409, 'PLAN.WITHDRAWN', 'planId', () => ({ path: '/plans/varmland-aterkallad/adoptions', body: adoption('kommun:1762') })],
  ['adopting a superseded plan', 409, 'PLAN.SUPERSEDED', 'planId', () => ({ path: '/plans/varmland-gammal/adoptions', body: adoption('kommun:1762') })],
  ['adopting a plan that does not exist', 404, 'PLAN.NOT_FOUND', 'planId', () => ({ path: '/plans/finns-inte/adoptions', body: adoption('kommun:1762') })],
  ['ending an initiative that never started', 409, 'INITIATIVE.TRANSITION_OUT_OF_ORDER', 'initiativeId', () => ({ path: '/initiatives/arvika-team/end', body: { decidedOn: '2023', source } })],
  ['a correction of an unknown event', 404, 'RECORD.NOT_FOUND', 'eventId', () => ({ path: '/corrections', body: { eventId: '00000000-0000-4000-8000-000000000000', fields: { decidedOn: '2022' }, reason: 'x', source } })],
  ['a correction to an impossible date', 400, 'DATE.INVALID', 'fields.decidedOn', () => ({ path: '/corrections', body: { eventId: arvikaAdoptionId, fields: { decidedOn: '2022-13' }, reason: 'x', source } })],
  ['a correction of a field the event type does not have', 400, 'CORRECTION.FIELD_NOT_CORRECTABLE', 'fields.colour', () => ({ path: '/corrections', body: { eventId: arvikaAdoptionId, fields: { colour: 'blå' }, reason: 'x', source } })],
  ['a correction of a retracted event', 409, 'RECORD.RETRACTED', 'eventId', () => ({ path: '/corrections', body: { eventId: retractedId, fields: { decidedOn: '2022' }, reason: 'x', source } })],
  ['a second retraction', 409, 'RECORD.ALREADY_RETRACTED', 'eventId', () => ({ path: '/retractions', body: { eventId: retractedId, reason: 'x', source } })],
  ['a missing source', 400, 'SOURCE.MISSING', 'source.title', () => adopt({ party: 'kommun:1762', decidedOn: '2022', decidedBy: 'KF' })],
  ['a source without title', 400, 'SOURCE.MISSING', 'source.title', () => adopt(adoption('kommun:1762', { source: { url: 'https://example.se' } }))],
  ['a source URL that is not http', 400, 'SOURCE.INVALID', 'source.url', () => adopt(adoption('kommun:1762', { source: { title: 'x', url: 'javascript:alert(1)' } }))],
  ['an unknown field', 400, 'REQUEST.UNKNOWN_FIELD', 'colour', () => adopt(adoption('kommun:1762', { colour: 'blå' }))],
  ['an unknown field in the source', 400, 'REQUEST.UNKNOWN_FIELD', 'source.page', () => adopt(adoption('kommun:1762', { source: { title: 'x', page: 3 } }))],
  ['the plan id repeated in the body', 400, 'REQUEST.UNKNOWN_FIELD', 'planId', () => adopt(adoption('kommun:1762', { planId: 'annan-plan' }))],
  ['a number where text belongs', 400, 'REQUEST.INVALID_TYPE', 'party', () => adopt(adoption('kommun:1762', { party: 1762 }))],
  ['text where an integer belongs', 400, 'REQUEST.INVALID_TYPE', 'year', () => figure({ year: '2022' })],
  ['null where text belongs', 400, 'REQUEST.INVALID_TYPE', 'owner', () => initiatePlan({ owner: null })],
  ['a list of numbers as parties', 400, 'REQUEST.INVALID_TYPE', 'parties', () => initiatePlan({ parties: [1, 2] })],
  ['a body that is a list', 400, 'REQUEST.INVALID_TYPE', 'body', () => adopt([adoption('kommun:1762')])],
  ['malformed JSON', 400, 'REQUEST.INVALID_JSON', undefined, () => adopt(undefined, { raw: '{"party": "kommun:1762",' })],
  ['a body over 1 MB', 413, 'REQUEST.TOO_LARGE', undefined, () => adopt(adoption('kommun:1762', { decidedBy: 'x'.repeat(1024 * 1024) }))],
  ['JSON with a __proto__ key', 400, 'REQUEST.INVALID_JSON', undefined, () => adopt(undefined, { raw: '{"__proto__": {"party": "kommun:1762"}}' })],
  ['an empty JSON body', 400, 'REQUEST.INVALID_JSON', undefined, () => adopt(undefined, { raw: '' })],
  ['a body that is plain text', 400, 'REQUEST.INVALID_TYPE', 'body', () => adopt(undefined, { raw: 'party=kommun:1762', headers: { 'content-type': 'text/plain' } })],
  ['a body in XML', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', undefined, () => adopt(undefined, { raw: '<party>kommun:1762</party>', headers: { 'content-type': 'application/xml' } })],
  ['no key', 401, 'AUTH.MISSING_KEY', 'Authorization', () => adopt(adoption('kommun:1762'), { key: null })],
  ['an unknown key', 401, 'AUTH.INVALID_KEY', 'Authorization', () => adopt(adoption('kommun:1762'), { key: 'oms_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })],
  ['a malformed Authorization header', 401, 'AUTH.INVALID_KEY', 'Authorization', () => adopt(adoption('kommun:1762'), { key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } })],
  ['a reader key writing', 403, 'AUTH.FORBIDDEN', 'Authorization', () => adopt(adoption('kommun:1762'), { key: readerKey })],
  ['a recorder outside its scope', 403, 'AUTH.OUT_OF_SCOPE', 'party', () => ({ path: '/plans/skane-malbild/adoptions', body: adoption('kommun:1280'), key: recorderKey })],
  ['a recorder publishing for SKR', 403, 'AUTH.OUT_OF_SCOPE', 'publisher', () => ({ ...figure({}), key: recorderKey })],
  ['a recorder creating keys', 403, 'AUTH.FORBIDDEN', 'Authorization', () => ({ path: '/access/keys', body: { name: 'x', role: 'admin' }, key: recorderKey })],
  ['a stale If-Match', 409, 'COMMAND.WRONG_REVISION', 'If-Match', () => adopt(adoption('kommun:1762'), { headers: { 'if-match': '"1"' } })],
  ['a malformed If-Match', 400, 'REQUEST.INVALID_HEADER', 'If-Match', () => adopt(adoption('kommun:1762'), { headers: { 'if-match': 'igår' } })],
  ['an overlong Idempotency-Key', 400, 'REQUEST.INVALID_HEADER', 'Idempotency-Key', () => adopt(adoption('kommun:1762'), { headers: { 'idempotency-key': 'k'.repeat(201) } })],
  ['a figure with a numerator above its denominator', 400, 'FIGURE.NUMERATOR_ABOVE_DENOMINATOR', 'numerator', () => figure({ numerator: 22, denominator: 21 })],
  ['an unknown list filter', 400, 'QUERY.UNKNOWN_VALUE', 'kind', () => ({ method: 'GET', path: '/plans?kind=vision' })],
  ['an unknown query parameter', 400, 'QUERY.UNKNOWN_PARAMETER', 'sort', () => ({ method: 'GET', path: '/plans?sort=title' })],
  ['an unknown plan', 404, 'PLAN.NOT_FOUND', 'planId', () => ({ method: 'GET', path: '/plans/finns-inte' })],
  ['an unknown initiative', 404, 'INITIATIVE.NOT_FOUND', 'initiativeId', () => ({ method: 'GET', path: '/initiatives/finns-inte' })],
  ['an unknown actor id', 404, 'ACTOR.NOT_FOUND', 'id', () => ({ method: 'GET', path: '/actors/kommun:9999' })],
];

describe('bad input is refused with a 4xx naming the field and the rule, and writes nothing', () => {
  let before: number;
  beforeAll(async () => {
    before = await countEvents();
  });

  it.each(CASES)('%s → %i %s', async (_name, status, code, field, request) => {
    const answer = await send(request());
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ statusCode: status, code, message: expect.any(String) });
    if (field !== undefined) expect(answer.body).toMatchObject({ field, rule: expect.any(String) });
    expect(await countEvents()).toBe(before);
  });

  it('asks for a bearer key on a 401', async () => {
    expect((await send(adopt(adoption('kommun:1762'), { key: null }))).headers['www-authenticate']).toBe('Bearer realm="omstallning"');
  });

  it('wrote nothing for any of them', async () => {
    expect(await countEvents()).toBe(before);
  });
});
