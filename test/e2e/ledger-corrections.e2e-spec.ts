import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { eventHash } from '../../src/ledger/domain/hash-chain.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const clock = { now: () => new Date('2024-01-15T09:00:00Z') };
const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' };
const minutes = { title: 'Kommunfullmäktiges protokoll 2022-03-28', publisher: 'Arvika kommun' };

let started: StartedApp;

const send = async (method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const response = await started.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
};
const store = () => started.app.get(EVENT_STORE) as EventStore;

beforeAll(async () => {
  started = await startApp({ clock });
  await send('POST', '/plans', { planId: 'varmland-malbild-2022', title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', source });
});
afterAll(() => started.close());

describe('correcting and retracting over HTTP', () => {
  it('keeps the original, records the correction on the same stream, and reads the plan as corrected', async () => {
    const adopted = await send('POST', '/plans/varmland-malbild-2022/adoptions', { party: 'kommun:1784', decidedOn: '2022-03', decidedBy: 'kommunfullmäktige', source });
    const corrected = await send('POST', '/corrections', { eventId: adopted.body.eventId, fields: { decidedOn: '2022-03-28' }, reason: 'Protokollet anger dagen', source: minutes });
    expect(corrected).toMatchObject({ status: 201, body: { stream: 'plan-varmland-malbild-2022', revision: 2 } });

    const events = await store().readStream('plan-varmland-malbild-2022');
    expect(events.map((e) => e.type)).toEqual(['PlanInitiated', 'PlanAdopted', 'RecordCorrected']);
    expect(events[1].data.decidedOn).toBe('2022-03');
    expect(events[2].data).toEqual({ correctedEventId: adopted.body.eventId, correctedType: 'PlanAdopted', fields: { decidedOn: '2022-03-28' }, reason: 'Protokollet anger dagen' });
    expect(events[2].metadata.source).toEqual(minutes);

    const plan = (await send('GET', '/plans/varmland-malbild-2022')).body;
    expect(plan.parties.find((p: { party: string }) => p.party === 'kommun:1784').adoption).toMatchObject({ decidedOn: '2022-03-28', eventId: adopted.body.eventId });
  });

  it('retracts an adoption so the party can adopt again, and the audit keeps both', async () => {
    const wrong = await send('POST', '/plans/varmland-malbild-2022/adoptions', { party: 'kommun:1761', decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige', source });
    expect((await send('POST', '/retractions', { eventId: wrong.body.eventId, reason: 'Beslutet gällde färdplanen', source })).status).toBe(201);
    expect((await send('GET', '/plans/varmland-malbild-2022')).body.parties.find((p: { party: string }) => p.party === 'kommun:1761').adoption).toBeNull();
    expect((await send('POST', '/plans/varmland-malbild-2022/adoptions', { party: 'kommun:1761', decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige', source })).status).toBe(201);
    const types = (await store().readStream('plan-varmland-malbild-2022')).map((e) => e.type);
    expect(types.filter((t) => t === 'PlanAdopted')).toHaveLength(3);
  });

  it('keeps every stream a verifiable hash chain, corrections included', async () => {
    const events = await store().readStream('plan-varmland-malbild-2022');
    events.forEach((event, index) => {
      expect(event.metadata.hash).toBe(eventHash(event));
      expect(event.metadata.previousHash).toBe(index === 0 ? null : events[index - 1].metadata.hash);
    });
  });
});

describe('the rest of the ledger over HTTP', () => {
  it('records an initiative\'s life and lists it', async () => {
    const registered = await send('POST', '/initiatives', { title: 'Mobilt närsjukvårdsteam i Arvika', kind: 'mobilt_team', owners: ['region:17', 'kommun:1784'], focusAreas: ['samordning'], targetGroups: ['aldre'], source }, { 'x-correlation-id': 'arvika-team-2022' });
    expect(registered.status).toBe(201);
    expect(registered.headers['x-correlation-id']).toBe('arvika-team-2022');
    const id = String(registered.body.stream).replace(/^initiative-/, '');
    expect(id).toMatch(/^mobilt-narsjukvardsteam-i-arvika-[0-9a-f]{8}$/);
    for (const [step, decidedOn] of [['decision', '2021-11'], ['start', '2022-23'], ['scale-up', '2023']]) {
      expect((await send('POST', `/initiatives/${id}/${step}`, { decidedOn, source })).status).toBe(201);
    }
    const initiative = await send('GET', `/initiatives/${id}`);
    expect(initiative.body).toMatchObject({ stage: 'scaled_up', lan: 'lan:17', owners: [{ id: 'region:17', name: 'Region Värmland' }, { id: 'kommun:1784', name: 'Arvika kommun' }], revision: 3 });
    expect(initiative.body.transitions.map((t: { decidedOn: string }) => t.decidedOn)).toEqual(['2021-11', '2022-23', '2023']);
    const [registration] = await store().readStream(`initiative-${id}`);
    expect(registration.metadata.correlationId).toBe('arvika-team-2022');
    expect((await send('GET', '/initiatives?focusArea=samordning&stage=scaled_up')).body).toMatchObject({ total: 1, initiatives: [{ initiativeId: id }] });
  });

  it('answers a retried command once, with the first answer', async () => {
    const figure = { indicatorId: 'lan-med-handlingsplan', year: 2022, value: 60, publisher: 'national:skr', source: { title: 'Nära vård – uppföljning 2022', publisher: 'SKR' } };
    const first = await send('POST', '/figures', figure, { 'idempotency-key': 'skr-2022-handlingsplan' });
    const retry = await send('POST', '/figures', figure, { 'idempotency-key': 'skr-2022-handlingsplan' });
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await store().readStream('indicator-lan-med-handlingsplan')).length).toBe(1);
  });

  it('lists actors by kind and län, with a län\'s region and kommuner', async () => {
    expect((await send('GET', '/actors?kind=kommun&lan=lan:17')).body).toMatchObject({ total: 16 });
    expect((await send('GET', '/actors?kind=region&limit=100')).body.total).toBe(21);
    const lan = (await send('GET', '/actors/lan:17')).body;
    expect(lan).toMatchObject({ id: 'lan:17', kind: 'lan', name: 'Värmlands län', region: { id: 'region:17', name: 'Region Värmland' } });
    expect(lan.kommuner).toHaveLength(16);
    expect((await send('GET', '/actors/kommun:0980')).body).toMatchObject({ name: 'Region Gotland', sameBodyAs: 'region:09', lanName: 'Gotlands län' });
  });
});
