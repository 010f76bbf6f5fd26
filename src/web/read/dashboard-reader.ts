import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import type { AdoptionService } from '../../adoption/adoption.service.js';
import type { KindAdoption } from '../../adoption/domain/adoption-query.js';
import type { PlanAdoption } from '../../adoption/domain/adoption-summary.js';
import { renderLineChart } from '../../charts/line-chart.js';
import type { YearValue } from '../../indicators/domain/evaluate.js';
import type { InitiativesState } from '../../indicators/domain/initiatives-state.js';
import type { IndicatorsService } from '../../indicators/indicators.service.js';
import { lanOfActor, PROJECTIONS } from '../../projections/ledger-projections.js';
import type { ProjectionRunner } from '../../projections/projection-runner.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import { viewAt, type AsOf } from '../../projections/domain/versioned.js';
import type { TimelineState } from '../../timeline/domain/timeline-state.js';
import type { DashboardView, IndicatorView, IndicatorYearView, LanPlanStatus, LanStatusRow } from '../dashboard/dashboard-view.js';
import type { ChartCache } from './chart-cache.js';
import { latestDecisionYear } from './latest-year.js';
import { latestRecorded } from './ledger-lines.js';
import { decisionItem, lanCode } from './names.js';

/** How many years the charts span, ending with the latest. */
export const DASHBOARD_YEARS = 6;
const LATEST_DECISIONS = 12;

const yearView = (y: YearValue): IndicatorYearView => ({ year: y.year, certain: y.range.certain, possible: y.range.possible, population: y.population });

/** Where a län stands with its länsgemensam plans of some kinds: adopted by all, on its way, or none. */
export function lanPlanStatus(kinds: readonly KindAdoption[], wanted: readonly string[]): LanPlanStatus {
  const plans = kinds.filter((k) => wanted.includes(k.kind)).flatMap((k) => k.plans).filter((p) => p.scope === 'lan' && p.status !== 'withdrawn' && p.status !== 'superseded');
  const full = plans.find((p) => p.status === 'fully_adopted');
  if (full) return { progress: 'done', text: `Beslutad (${full.adopted} av ${full.expected})`, planTitle: full.title };
  const best = plans.reduce<PlanAdoption | null>((a, b) => (a === null || b.adopted > a.adopted ? b : a), null);
  if (best && best.adopted > 0) return { progress: 'partial', text: `${best.adopted} av ${best.expected} har antagit`, planTitle: best.title };
  if (best) return { progress: 'partial', text: 'Under arbete', planTitle: best.title };
  return { progress: 'none', text: 'Ingen registrerad', planTitle: null };
}

/** The national dashboard's content, read from the query services as the ledger knew it at `asOf`. */
export class DashboardReader {
  private readonly lanOf: LanOf;

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly indicators: IndicatorsService,
    private readonly adoption: AdoptionService,
    private readonly actors: ActorRegistry,
    private readonly charts: ChartCache,
  ) {
    this.lanOf = lanOfActor(actors);
  }

  async read(asOf: AsOf, asOfYear: number): Promise<DashboardView> {
    const timeline = this.runner.state<TimelineState>(PROJECTIONS.timeline);
    const year = latestDecisionYear(timeline, asOf, asOfYear) ?? asOfYear;
    const indicators = await Promise.all(this.indicators.list().map((summary) => this.indicator(summary.id, year, asOf)));
    const lans = this.lans(asOf);
    const latest = latestRecorded(timeline, { limit: LATEST_DECISIONS, asOf }, this.lanOf).map((line) => decisionItem(line, this.actors, this.lanOf));
    return { year, indicators, lans, latest };
  }

  /** Every län with its målbild and handlingsplan status and its number of initiatives. */
  lans(asOf: AsOf): LanStatusRow[] {
    const teams = this.initiativesPerLan(asOf);
    return this.actors.list({ kind: 'lan' }).map((lan) => {
      // Only länsgemensamma plans make a län's status (lanPlanStatus).
      const { kinds } = this.adoption.forLan(lan.id, asOf, 'lan');
      return {
        code: lanCode(lan.id),
        name: lan.name,
        malbild: lanPlanStatus(kinds, ['malbild']),
        handlingsplan: lanPlanStatus(kinds, ['handlingsplan', 'fardplan']),
        initiatives: teams.get(lan.id) ?? 0,
      };
    });
  }

  private async indicator(id: string, year: number, asOf: AsOf): Promise<IndicatorView> {
    const series = this.indicators.series(id, { from: year - DASHBOARD_YEARS + 1, to: year, asOf });
    const yoy = this.indicators.yoy(id, { year, asOf });
    const { title, unit, population } = series.indicator;
    const years = series.years.map(yearView);
    const share = population !== null;
    const points = series.years.map((y) => ({
      year: y.year,
      value: share ? (y.population ? y.range.certain / y.population : 0) : y.range.certain,
      low: share ? (y.population ? y.range.certain / y.population : 0) : y.range.certain,
      high: share ? (y.population ? y.range.possible / y.population : 0) : y.range.possible,
    }));
    const chartSvg = await this.charts.render(
      { id: `diagram-${id}`, title, unit: share ? ('share' as const) : ('count' as const), yTitle: share ? `Andel ${unit}` : `Antal ${unit}`, years: years.map((y) => y.year), series: [{ id, label: title, points }] },
      renderLineChart,
    );
    return {
      id,
      title,
      populationNoun: share ? unit : null,
      latest: years[years.length - 1] ?? null,
      previous: years[years.length - 2] ?? null,
      phrase: yoy.sentence,
      years,
      chartSvg,
    };
  }

  /** Initiatives known at `asOf` per län they belong to. */
  private initiativesPerLan(asOf: AsOf): Map<string, number> {
    const counts = new Map<string, number>();
    for (const initiative of this.runner.state<InitiativesState>(PROJECTIONS.initiatives).initiatives.values()) {
      const head = initiative.head && viewAt(initiative.head, asOf);
      const lan = head ? (head.lan ?? head.owners.map(this.lanOf).find((l) => l !== null) ?? null) : null;
      if (lan) counts.set(lan, (counts.get(lan) ?? 0) + 1);
    }
    return counts;
  }
}
