import type { PlansState } from '../../adoption/domain/plans-state.js';
import { ledgerProjection } from '../../projections/domain/ledger-projection.js';
import { lanOf } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { listPlans } from './plan-list.js';

// The runner's own read model: the list keeps nothing of its own but a line per plan.
const projection = ledgerProjection(lanOf);
const rebuild = (events: LedgerBuilder['events']): PlansState => events.reduce(projection.apply, projection.initialState()).plans;

function givenVarmlandAndSkanePlans() {
  const ledger = new LedgerBuilder();
  const malbild = givenVarmlandMalbildAdopted(ledger);
  const skane = ledger.plan('skane-handlingsplan', { kind: 'handlingsplan', scope: 'region', lan: 'lan:12', owner: 'region:12', parties: ['region:12'] });
  return { ledger, malbild, skane };
}

describe('the list of plans', () => {
  it('lists each plan once with its status and who adopted it', () => {
    const { ledger } = givenVarmlandAndSkanePlans();
    const plans = listPlans(rebuild(ledger.events), {});
    expect(plans.map((p) => [p.planId, p.status, p.adoptedBy.length])).toEqual([
      ['skane-handlingsplan', 'initiated', 0],
      ['varmland-malbild-2022', 'adopted', 17],
    ]);
  });

  it('filters by kind, scope, län, status and party', () => {
    const state = rebuild(givenVarmlandAndSkanePlans().ledger.events);
    expect(listPlans(state, { kind: 'malbild' }).map((p) => p.planId)).toEqual(['varmland-malbild-2022']);
    expect(listPlans(state, { scope: 'region' }).map((p) => p.planId)).toEqual(['skane-handlingsplan']);
    expect(listPlans(state, { lan: 'lan:12', status: 'initiated' }).map((p) => p.planId)).toEqual(['skane-handlingsplan']);
    expect(listPlans(state, { party: 'kommun:1784' }).map((p) => p.planId)).toEqual(['varmland-malbild-2022']);
    expect(listPlans(state, { status: 'withdrawn' })).toEqual([]);
  });

  it('shows the record as corrected and leaves out retracted adoptions and plans', () => {
    const { ledger, skane } = givenVarmlandAndSkanePlans();
    const arvika = ledger.events.find((e) => e.type === 'PlanAdopted' && e.data.party === 'kommun:1784')!;
    ledger.retract(arvika, 'Fel plan');
    ledger.correct(skane.initiated, { title: 'Handlingsplan Skåne' }, 'Titeln');
    const plans = listPlans(rebuild(ledger.events), {});
    expect(plans.find((p) => p.planId === 'varmland-malbild-2022')).toMatchObject({ status: 'partially_adopted' });
    expect(plans.find((p) => p.planId === 'skane-handlingsplan')?.title).toBe('Handlingsplan Skåne');
    ledger.retract(skane.initiated, 'Registrerad av misstag');
    expect(listPlans(rebuild(ledger.events), {}).map((p) => p.planId)).toEqual(['varmland-malbild-2022']);
  });

  it('changes nothing when an event is delivered twice, and a rebuild equals incremental updates', () => {
    const { ledger } = givenVarmlandAndSkanePlans();
    const incremental = projection.initialState();
    for (const event of ledger.events) {
      projection.apply(incremental, event);
      listPlans(incremental.plans, {});
      projection.apply(incremental, event);
    }
    expect(listPlans(incremental.plans, {})).toEqual(listPlans(rebuild(ledger.events), {}));
  });

  it('ignores events of other streams', () => {
    const ledger = new LedgerBuilder();
    ledger.figure({ indicatorId: 'lan-malbild', year: 2022, value: 20 });
    expect(listPlans(rebuild(ledger.events), {})).toEqual([]);
  });
});
