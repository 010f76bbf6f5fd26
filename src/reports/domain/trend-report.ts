import { swedishOrder } from '../../ledger/domain/swedish-order.js';
import { adoptionByLan, planDetails, type LanAdoptionRow, type PlanAdoptionDetail } from './adoption-section.js';
import { largestChangePerIndicator } from './change-sentences.js';
import { dataQualityNotes } from './data-quality-notes.js';
import { reconcile, type ReconciliationRow } from './reconciliation.js';
import type { DataQualityFacts, PopulationKind, ReportScope, ReportSource, SourcesInScope, TrendReportInput } from './report-input.js';
import { timelineHighlights, type TimelineYear } from './timeline-highlights.js';

export interface IndicatorTableRow {
  readonly year: number;
  readonly certain: number;
  readonly possible: number;
  readonly population: number | null;
  /** certain / population; null for a plain count. */
  readonly share: number | null;
  readonly sharePossible: number | null;
  /** What was published for this indicator and year, as published. */
  readonly published: {
    readonly value: number;
    readonly numerator: number | null;
    readonly denominator: number | null;
    readonly comparedAs: 'count' | 'share';
    readonly publisher: string;
  } | null;
}

export interface IndicatorTable {
  readonly id: string;
  readonly title: string;
  readonly population: PopulationKind | null;
  readonly rows: readonly IndicatorTableRow[];
  /** Whether any year counts anything, certain or possible; tables and charts leave the others to one sentence. */
  readonly recorded: boolean;
}

/** Says how the listed sources relate to all sources in scope; null when every source is listed. */
export function sourcesSentence(report: TrendReport): string | null {
  if (report.sourcesInScope <= report.sources.length) return null;
  return `Här listas de ${report.sources.length} källor som rapportens rader citerar; händelserna i rapportens omfång vilar på sammanlagt ${report.sourcesInScope} källor.`;
}

/** The sentence that stands for the indicators nothing was recorded for, or null when there are none. */
export function unrecordedSentence(report: TrendReport): string | null {
  const titles = report.indicators.filter((t) => !t.recorded).map((t) => t.title);
  if (titles.length === 0) return null;
  return `Inget registrerat beslut räknas ${report.from}–${report.to} för ${titles.length === 1 ? 'indikatorn' : `${titles.length} indikatorer`}: ${titles.join('; ')}.`;
}

/** A trend report: every section as data and Swedish sentences, ready for any renderer. */
export interface TrendReport {
  /** "Trendrapport 2019–2023: Hela landet"; the renderers put "Omställningen till god och nära vård" above it. */
  readonly title: string;
  readonly scope: ReportScope;
  /** "Hela landet" or the län's name. */
  readonly scopeName: string;
  readonly from: number;
  readonly to: number;
  readonly asOf: string | null;
  readonly generatedAt: string;
  /** The largest year-over-year changes first. */
  readonly summary: readonly string[];
  readonly indicators: readonly IndicatorTable[];
  readonly adoption: { readonly byLan: readonly LanAdoptionRow[]; readonly plans: readonly PlanAdoptionDetail[] };
  readonly timeline: readonly TimelineYear[];
  /** `rows`: published beside derived; `unmatched`: published figures the ledger has no indicator for. */
  readonly reconciliation: { readonly rows: readonly ReconciliationRow[]; readonly unmatched: readonly ReconciliationRow[]; readonly note: string | null };
  readonly dataQuality: { readonly facts: DataQualityFacts; readonly notes: readonly string[] };
  /** The sources the report's lines cite (timeline highlights, published figures), by publisher. */
  readonly sources: readonly ReportSource[];
  /** Distinct sources of every event in scope, cited here or not. */
  readonly sourcesInScope: number;
}

const SUMMARY_CHANGES = 6;

const inRange = (year: number, input: TrendReportInput) => year >= input.from && year <= input.to;

function indicatorTables(input: TrendReportInput): IndicatorTable[] {
  return input.indicators.map((series) => ({
    id: series.id,
    title: series.title,
    population: series.population,
    recorded: series.years.some((y) => inRange(y.year, input) && y.possible > 0),
    rows: series.years
      .filter((y) => inRange(y.year, input))
      .sort((a, b) => a.year - b.year)
      .map((y) => {
        const figure = input.figures.find((f) => f.indicatorId === series.id && f.year === y.year);
        return {
          ...y,
          share: y.population ? y.certain / y.population : null,
          sharePossible: y.population ? y.possible / y.population : null,
          published: figure
            ? { value: figure.value, numerator: figure.numerator, denominator: figure.denominator, comparedAs: figure.comparedAs, publisher: figure.publisher }
            : null,
        };
      }),
  }));
}

function summary(input: TrendReportInput, plans: readonly PlanAdoptionDetail[]): string[] {
  const changes = largestChangePerIndicator(input.indicators, input.from, input.to).slice(0, SUMMARY_CHANGES).map((c) => c.sentence);
  const planSentences = input.scope.kind === 'lan' ? plans.filter((p) => p.joint && p.adoptedInRange).map((p) => p.sentence) : [];
  if (changes.length === 0 && input.indicators.length > 0) {
    changes.push(`Ingen indikator förändrades från ett år till nästa mellan ${input.from} och ${input.to}.`);
  }
  return [...changes, ...planSentences];
}

function reconciliation(input: TrendReportInput) {
  if (input.scope.kind === 'lan') {
    return { rows: [], unmatched: [], note: 'Publicerade siffror från SKR och Socialstyrelsen gäller hela landet och stäms av i den nationella rapporten.' };
  }
  const all = input.figures
    .filter((f) => inRange(f.year, input))
    .sort((a, b) => a.year - b.year || a.indicatorId.localeCompare(b.indicatorId))
    .map((f) => reconcile(f, input.indicators));
  const rows = all.filter((r) => r.comparedAs !== 'none');
  const unmatched = all.filter((r) => r.comparedAs === 'none');
  return { rows, unmatched, note: all.length === 0 ? `Inga publicerade siffror för ${input.from}–${input.to} finns i liggaren.` : null };
}

const byPublisher = (a: ReportSource, b: ReportSource) =>
  swedishOrder(a.publisher ?? '', b.publisher ?? '') || swedishOrder(a.title, b.title);

/**
 * A ledger can rest on thousands of documents; the report lists those its own
 * lines cite and counts the rest, which the audit view and JSON exports show.
 */
function citedSources(all: SourcesInScope, timeline: readonly TimelineYear[], reconciled: readonly ReconciliationRow[]): ReportSource[] {
  const cited = new Set([...timeline.flatMap((y) => y.highlights.flatMap((h) => h.sources)), ...reconciled.flatMap((r) => (r.source ? [r.source.title] : []))]);
  return all.withTitles(cited).sort(byPublisher);
}

/** Builds the report from the read side's answers. Pure: the same input gives the same report. */
export function buildTrendReport(input: TrendReportInput): TrendReport {
  const scopeName = input.scope.kind === 'national' ? 'Hela landet' : input.scope.name;
  const lanPlans = input.scope.kind === 'lan' ? planDetails(input.plans, input.from, input.to) : [];
  const timeline = timelineHighlights(input.timeline);
  const reconciled = reconciliation(input);
  return {
    title: `Trendrapport ${input.from}–${input.to}: ${scopeName}`,
    scope: input.scope,
    scopeName,
    from: input.from,
    to: input.to,
    asOf: input.asOf,
    generatedAt: input.generatedAt,
    summary: summary(input, lanPlans),
    indicators: indicatorTables(input),
    adoption: { byLan: input.scope.kind === 'national' ? adoptionByLan(input.lans, input.plans, input.to) : [], plans: lanPlans },
    timeline,
    reconciliation: reconciled,
    dataQuality: { facts: input.dataQuality, notes: dataQualityNotes(input.dataQuality) },
    sources: citedSources(input.sources, timeline, [...reconciled.rows, ...reconciled.unmatched]),
    sourcesInScope: input.sources.size,
  };
}
