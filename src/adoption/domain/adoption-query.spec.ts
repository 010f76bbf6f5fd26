import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { lanOf } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted, VARMLAND_PARTIES } from '../../projections/testing/varmland.js';
import { lanAdoption, planAdoption } from './adoption-query.js';
import { plansProjection } from './plans-projection.js';

const projection = plansProjection(lanOf);
const build = (events: readonly StoredLedgerEvent[]) => events.reduce(projection.apply, projection.initialState());

describe('adoption of Värmland\'s målbild', () => {
  const ledger = new LedgerBuilder();
  const plan = givenVarmlandMalbildAdopted(ledger);
  const state = build(ledger.events);

  it('shows 17 of 17 parties, first adoption 2022-03-28, fully adopted 2022-06-16 after 80 days', () => {
    expect(planAdoption(state, plan.planId)).toMatchObject({
      status: 'fully_adopted',
      expected: 17,
      adopted: 17,
      missing: [],
      firstAdoptedOn: { edtf: '2022-03-28' },
      fullyAdoptedOn: { edtf: '2022-06-16', earliest: '2022-06-16', latest: '2022-06-16', precision: 'day' },
      leadTimeDays: 80,
      leadTimeRange: { min: 80, max: 80 },
    });
  });

  it('names who was missing while adoptions came in', () => {
    const midMay = Date.parse('2022-05-20T00:00:00Z');
    const adoption = planAdoption(state, plan.planId, midMay)!;
    expect(adoption).toMatchObject({ status: 'adopting', adopted: 12, fullyAdoptedOn: null, leadTimeDays: null });
    expect(adoption.missing).toEqual(['kommun:1766', 'kommun:1715', 'kommun:1781', 'kommun:1763', 'kommun:1780'].sort((a, b) => VARMLAND_PARTIES.indexOf(a) - VARMLAND_PARTIES.indexOf(b)));
    expect(adoption.parties.find((p) => p.actor === 'region:17')).toMatchObject({ adopted: true, adoptedOn: { edtf: '2022-04-06' }, decidedBy: 'Regionfullmäktige' });
  });

  it('knows nothing of the plan before it was recorded', () => {
    expect(planAdoption(state, plan.planId, Date.parse('2022-01-01T00:00:00Z'))).toBeNull();
    expect(planAdoption(state, 'no-such-plan')).toBeNull();
  });

  it('lists the län\'s plans under every plan kind', () => {
    const lan = lanAdoption(state, 'lan:17', lanOf);
    expect(lan.kinds.map((k) => k.kind)).toEqual(['malbild', 'handlingsplan', 'fardplan', 'strategi', 'gemensam_plan_primarvard', 'overenskommelse', 'annan']);
    expect(lan.kinds[0]).toMatchObject({ fullyAdopted: 1, plans: [{ planId: plan.planId, adopted: 17 }] });
    expect(lanAdoption(state, 'lan:01', lanOf).kinds.every((k) => k.plans.length === 0)).toBe(true);
  });

  it('lists only the plans of one scope when asked, and none before they were recorded', () => {
    const more = new LedgerBuilder();
    givenVarmlandMalbildAdopted(more);
    const own = more.plan('arvika-handlingsplan', { kind: 'handlingsplan', scope: 'kommun', lan: 'lan:17', owner: 'kommun:1784' });
    own.adoptedBy('kommun:1784', '2022-09-01');
    const both = build(more.events);
    const plansOf = (only?: 'lan' | 'kommun') => lanAdoption(both, 'lan:17', lanOf, null, only).kinds.flatMap((k) => k.plans.map((p) => p.planId));
    expect(plansOf()).toEqual([plan.planId, 'arvika-handlingsplan']);
    expect(plansOf('lan')).toEqual([plan.planId]);
    expect(plansOf('kommun')).toEqual(['arvika-handlingsplan']);
    expect(lanAdoption(both, 'lan:17', lanOf, Date.parse('2022-01-01T00:00:00Z'), 'lan').kinds.every((k) => k.plans.length === 0)).toBe(true);
  });
});

describe('adoption with imprecise dates, corrections and withdrawal', () => {
  it('gives the lead time as a range when dates are imprecise', () => {
    const ledger = new LedgerBuilder();
    const plan = ledger.plan('p', { kind: 'handlingsplan', scope: 'lan', lan: 'lan:12', parties: ['region:12', 'kommun:1280'] });
    plan.adoptedBy('region:12', '2021-23');
    plan.adoptedBy('kommun:1280', '2022-05');
    expect(planAdoption(build(ledger.events), 'p')).toMatchObject({
      fullyAdoptedOn: { edtf: '2022-05', earliest: '2022-05-01', latest: '2022-05-31', precision: 'month' },
      firstAdoptedOn: { edtf: '2021-23', precision: 'season', earliest: '2021-09-01' },
      leadTimeDays: null,
      leadTimeRange: { min: 152, max: 272 },
    });
  });

  it('follows a corrected adoption date from its record time, and a retracted adoption leaves the party missing', () => {
    const ledger = new LedgerBuilder();
    const plan = ledger.plan('p', { kind: 'malbild', scope: 'lan', lan: 'lan:12', parties: ['region:12', 'kommun:1280'] });
    plan.adoptedBy('region:12', '2022-02-01');
    const late = plan.adoptedBy('kommun:1280', '2022-09-01');
    const beforeCorrection = Date.parse(ledger.now) - 1;
    ledger.correct(late, { decidedOn: '2022-03-01' }, 'Fel datum');
    const beforeRetraction = Date.parse(ledger.now) - 1;
    ledger.retract(late, 'Gällde en annan plan');
    const state = build(ledger.events);
    expect(planAdoption(state, 'p', beforeCorrection)).toMatchObject({ fullyAdoptedOn: { edtf: '2022-09-01' }, leadTimeDays: 212 });
    expect(planAdoption(state, 'p', beforeRetraction)).toMatchObject({ fullyAdoptedOn: { edtf: '2022-03-01' }, leadTimeDays: 28, parties: [{}, { corrected: true }] });
    expect(planAdoption(state, 'p')).toMatchObject({ status: 'adopting', missing: ['kommun:1280'], fullyAdoptedOn: null });
  });

  it('reports a withdrawal with its reason and a plan without parties as adopted by its owner', () => {
    const ledger = new LedgerBuilder();
    const plan = ledger.plan('r', { kind: 'handlingsplan', scope: 'region', lan: 'lan:12', owner: 'region:12', parties: [] });
    plan.adoptedBy('region:12', '2020-06-01', 'Regionstyrelsen');
    plan.withdrawn('2023-01', 'Ersattes inte');
    expect(planAdoption(build(ledger.events), 'r')).toMatchObject({
      status: 'withdrawn',
      expected: 1,
      adopted: 1,
      withdrawnOn: { edtf: '2023-01' },
      withdrawalReason: 'Ersattes inte',
    });
  });

  it('does not change on redelivered events', () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    const once = build(ledger.events);
    const twice = build([...ledger.events, ...ledger.events]);
    expect(planAdoption(twice, 'varmland-malbild-2022')).toEqual(planAdoption(once, 'varmland-malbild-2022'));
  });
});

describe('a län\'s adoption at "now", kept between changes', () => {
  const given = () => {
    const ledger = new LedgerBuilder();
    const varmland = ledger.plan('varmland', { kind: 'malbild', scope: 'lan', lan: 'lan:17', parties: ['region:17', 'kommun:1780'] });
    varmland.adoptedBy('region:17', '2022-02-01');
    const orebro = ledger.plan('orebro', { kind: 'malbild', scope: 'lan', lan: 'lan:18', parties: ['region:18'] });
    const state = build(ledger.events);
    const apply = (from: number) => ledger.events.slice(from).forEach((event) => projection.apply(state, event));
    return { ledger, varmland, orebro, state, apply };
  };
  const adopted = (lan: ReturnType<typeof lanAdoption>) => lan.kinds.flatMap((k) => k.plans.map((p) => `${p.planId}:${p.adopted}`));

  it('answers again from what it kept while no plan of the län changed, also when another län\'s did', () => {
    const { ledger, orebro, state, apply } = given();
    const first = lanAdoption(state, 'lan:17', lanOf);
    const seen = ledger.events.length;
    orebro.adoptedBy('region:18', '2022-03-01');
    apply(seen);
    expect(lanAdoption(state, 'lan:17', lanOf)).toBe(first);
    expect(adopted(lanAdoption(state, 'lan:18', lanOf))).toEqual(['orebro:1']);
  });

  it('answers anew when one of its plans changes or a plan is listed under it', () => {
    const { ledger, varmland, state, apply } = given();
    expect(adopted(lanAdoption(state, 'lan:17', lanOf))).toEqual(['varmland:1']);
    let seen = ledger.events.length;
    varmland.adoptedBy('kommun:1780', '2022-04-01');
    apply(seen);
    expect(adopted(lanAdoption(state, 'lan:17', lanOf))).toEqual(['varmland:2']);
    seen = ledger.events.length;
    ledger.plan('arvika', { kind: 'handlingsplan', scope: 'kommun', lan: 'lan:17', owner: 'kommun:1784' });
    apply(seen);
    expect(adopted(lanAdoption(state, 'lan:17', lanOf))).toEqual(['varmland:2', 'arvika:0']);
    expect(adopted(lanAdoption(state, 'lan:17', lanOf, null, 'lan'))).toEqual(['varmland:2']);
  });
});
