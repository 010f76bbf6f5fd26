import type { AdoptionStepInput } from '../../charts/adoption-step-chart.js';
import type { LineChartInput, LineSeries } from '../../charts/line-chart.js';
import { jointPlans } from './adoption-section.js';
import type { PopulationKind } from './report-input.js';
import type { IndicatorTable, TrendReport } from './trend-report.js';

/** A chart in a report: what to draw and the caption printed under it. */
export interface ReportCharts {
  readonly lines: readonly LineChartInput[];
  readonly adoption: readonly (AdoptionStepInput & { readonly planId: string })[];
}

/** More lines than this in one chart cannot be told apart by colour. */
const LINES_PER_CHART = 8;

const GROUPS: readonly { readonly population: PopulationKind | null; readonly title: string; readonly yTitle: string }[] = [
  { population: 'lan', title: 'Andel av länen', yTitle: 'Andel av länen' },
  { population: 'region', title: 'Andel av regionerna', yTitle: 'Andel av regionerna' },
  { population: 'kommun', title: 'Andel av kommunerna', yTitle: 'Andel av kommunerna' },
  { population: null, title: 'Antal per år', yTitle: 'Antal' },
];

function series(table: IndicatorTable): LineSeries {
  return {
    id: table.id,
    label: table.title,
    points: table.rows.map((row) =>
      row.share !== null
        ? { year: row.year, value: row.share, low: row.share, high: row.sharePossible }
        : { year: row.year, value: row.certain, low: row.certain, high: row.possible },
    ),
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The charts a report draws: a line per recorded indicator, grouped by population, and for a län the adoption curve of each joint plan shown in full. */
export function reportCharts(report: TrendReport): ReportCharts {
  const years = Array.from({ length: report.to - report.from + 1 }, (_, i) => report.from + i);
  const lines = GROUPS.flatMap((group) => {
    const tables = report.indicators.filter((t) => t.population === group.population && t.recorded);
    const parts = chunks(tables, LINES_PER_CHART);
    return parts.map((part, i) => ({
      id: `diagram-${group.population ?? 'antal'}-${i + 1}`,
      title: `${group.title} ${report.from}–${report.to}${parts.length > 1 ? ` (${i + 1} av ${parts.length})` : ''}`,
      subtitle: `${report.scopeName}, läget vid utgången av varje år`,
      unit: group.population ? ('share' as const) : ('count' as const),
      yTitle: group.yTitle,
      years,
      series: part.map(series),
    }));
  });
  // A curve for each joint plan; a plan of one party is adopted on one day, which its sentence says.
  const adoption = jointPlans(report.adoption.plans).inFull.filter((plan) => plan.expected > 1).map((plan) => ({
    id: `diagram-antagande-${plan.planId}`,
    planId: plan.planId,
    planTitle: plan.title,
    expected: plan.expected,
    adoptions: plan.adoptions.map((a) => ({ partyName: a.party, earliest: a.earliest, latest: a.latest })),
  }));
  return { lines, adoption };
}
