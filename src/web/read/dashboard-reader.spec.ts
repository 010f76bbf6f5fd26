import type { KindAdoption } from '../../adoption/domain/adoption-query.js';
import type { PlanAdoption } from '../../adoption/domain/adoption-summary.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { timelineProjection } from '../../timeline/domain/timeline-projection.js';
import { ChartCache } from './chart-cache.js';
import { lanPlanStatus } from './dashboard-reader.js';
import { latestDecisionYear } from './latest-year.js';

const plan = (changes: Partial<PlanAdoption>): PlanAdoption =>
  ({ planId: 'p', title: 'Målbild', kind: 'malbild', scope: 'lan', status: 'adopting', expected: 17, adopted: 0, ...changes }) as PlanAdoption;
const kinds = (...plans: PlanAdoption[]): KindAdoption[] => [{ kind: 'malbild', plans, fullyAdopted: 0 }];

describe('län status on the dashboard', () => {
  it('is decided when a länsgemensam plan is fully adopted', () => {
    expect(lanPlanStatus(kinds(plan({ status: 'fully_adopted', adopted: 17 })), ['malbild'])).toEqual({
      progress: 'done',
      text: 'Beslutad (17 av 17)',
      planTitle: 'Målbild',
    });
  });

  it('counts the adoptions of a plan on its way, and names work begun', () => {
    expect(lanPlanStatus(kinds(plan({ adopted: 9 })), ['malbild']).text).toBe('9 av 17 har antagit');
    expect(lanPlanStatus(kinds(plan({ status: 'initiated' })), ['malbild'])).toMatchObject({ progress: 'partial', text: 'Under arbete' });
  });

  it('leaves out withdrawn plans and plans of a single region or kommun', () => {
    const status = lanPlanStatus(kinds(plan({ status: 'withdrawn', adopted: 17 }), plan({ scope: 'region', status: 'fully_adopted' })), ['malbild']);
    expect(status).toEqual({ progress: 'none', text: 'Ingen registrerad', planTitle: null });
  });
});

describe('latest decision year', () => {
  it('is the latest year with a decision the ledger knew of, not after the as-of year', () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    ledger.at('2024-02-01T00:00:00Z').plan('x', { kind: 'handlingsplan', scope: 'region', lan: 'lan:17', owner: 'region:17', parties: ['region:17'] }).adoptedBy('region:17', '2023-11-02');
    const projection = timelineProjection(() => 'lan:17');
    const state = ledger.events.reduce((s, e) => projection.apply(s, e), projection.initialState());
    expect(latestDecisionYear(state, null, 2024)).toBe(2023);
    expect(latestDecisionYear(state, Date.parse('2023-01-01T00:00:00Z'), 2024)).toBe(2022);
    expect(latestDecisionYear(state, null, 2022)).toBe(2022);
  });
});

describe('chart cache', () => {
  it('draws each distinct input once', async () => {
    const cache = new ChartCache();
    let drawn = 0;
    const draw = async (input: { n: number }) => `<svg>${input.n}${++drawn}</svg>`;
    expect(await cache.render({ n: 1 }, draw)).toBe('<svg>11</svg>');
    expect(await cache.render({ n: 1 }, draw)).toBe('<svg>11</svg>');
    expect(await cache.render({ n: 2 }, draw)).toBe('<svg>22</svg>');
  });
});
