import type { IndicatorSeries, IndicatorYear, PublishedFigure, ReportSource } from './report-input.js';
import {
  formatCount,
  formatPercentagePoints,
  formatPercentRange,
  formatPercentValue,
  formatRange,
  POPULATION_NOUNS,
  roundTo,
} from './swedish.js';

/** A published figure beside what the ledger derives for the same indicator and year. */
export interface ReconciliationRow {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly year: number;
  readonly publisher: string;
  /** What was compared: a published share with the derived share, counts with counts, or nothing derived. */
  readonly comparedAs: 'share' | 'count' | 'none';
  readonly published: string;
  readonly derived: string;
  readonly difference: string;
  readonly sentence: string;
  readonly note: string | null;
  readonly source: ReportSource | null;
}

interface Comparison {
  readonly published: string;
  readonly derived: string;
  readonly difference: string;
}

/** Words for a difference that may be a range: "2 procentenheter mer", "mellan 1 och 2 län färre", "inom spannet". */
function differenceInWords(low: number, high: number, same: string, words: (n: number) => string, more: string, fewer: string): string {
  if (low === 0 && high === 0) return same;
  if (low <= 0 && high >= 0) return 'det publicerade värdet ligger inom liggarens spann';
  const [a, b] = [Math.abs(low), Math.abs(high)].sort((x, y) => x - y);
  const direction = low > 0 ? more : fewer;
  return a === b ? `${words(a)} ${direction}` : `mellan ${formatCount(a)} och ${words(b)} ${direction}`;
}

function compareShares(figure: PublishedFigure, series: IndicatorSeries, year: IndicatorYear, population: number): Comparison {
  const digits = Number.isInteger(figure.value) ? 0 : 1;
  const low = roundTo((year.certain / population) * 100, digits);
  const high = roundTo((year.possible / population) * 100, digits);
  const noun = series.population ? POPULATION_NOUNS[series.population].many : '';
  const percent = (n: number) => formatPercentValue(n, digits);
  return {
    published: percent(figure.value),
    derived: `${formatRange(year.certain, year.possible)} av ${formatCount(population)} ${noun} (${formatPercentRange(low, high, digits)})`,
    difference: differenceInWords(
      roundTo(low - figure.value, digits),
      roundTo(high - figure.value, digits),
      'samma andel',
      (n) => formatPercentagePoints(n, digits),
      'mer',
      'mindre',
    ),
  };
}

function compareCounts(figure: PublishedFigure, series: IndicatorSeries, year: IndicatorYear): Comparison {
  const count = figure.numerator ?? figure.value;
  const nouns = series.population ? POPULATION_NOUNS[series.population] : null;
  const unit = (n: number) => (nouns ? ` ${n === 1 ? nouns.one : nouns.many}` : '');
  const of = (total: number | null) => (total ? ` av ${formatCount(total)}` : '');
  return {
    published: `${formatCount(count)}${of(figure.denominator)}${unit(figure.denominator ?? count)}`,
    derived: `${formatRange(year.certain, year.possible)}${of(year.population)}${unit(year.population ?? year.possible)}`,
    difference: differenceInWords(year.certain - count, year.possible - count, 'samma antal', (n) => `${formatCount(n)}${unit(n)}`, 'fler', 'färre'),
  };
}

/** A figure as published: `33,3 %`, `20 av 21`, `6 500`. */
function publishedAsIs(figure: PublishedFigure): string {
  if (figure.comparedAs === 'share') return formatPercentValue(figure.value, Number.isInteger(figure.value) ? 0 : 1);
  if (figure.numerator !== null && figure.denominator !== null) return `${formatCount(figure.numerator)} av ${formatCount(figure.denominator)}`;
  return formatCount(figure.numerator ?? figure.value);
}

/**
 * Compares like with like, as the read side decided: a figure published only
 * as a share is set against the derived share, otherwise counts against counts.
 */
export function reconcile(figure: PublishedFigure, indicators: readonly IndicatorSeries[]): ReconciliationRow {
  const series = indicators.find((s) => s.id === figure.indicatorId);
  const year = series?.years.find((y) => y.year === figure.year);
  const base = { indicatorId: figure.indicatorId, year: figure.year, publisher: figure.publisher, note: figure.note, source: figure.source };
  if (!series || !year) {
    const published = publishedAsIs(figure);
    return {
      ...base,
      indicator: series?.title ?? figure.indicatorId,
      comparedAs: 'none',
      published,
      derived: 'ingen härledning',
      difference: 'kan inte jämföras',
      sentence: `${figure.publisher} publicerade ${published} (${figure.year}) för ${figure.indicatorId}; liggaren har ingen indikator som härleder den siffran.`,
    };
  }
  const asShare = figure.comparedAs === 'share' && series.population !== null && year.population !== null;
  const comparison = asShare ? compareShares(figure, series, year, year.population as number) : compareCounts(figure, series, year);
  return {
    ...base,
    indicator: series.title,
    comparedAs: asShare ? 'share' : 'count',
    ...comparison,
    sentence: `${figure.publisher} publicerade ${comparison.published} (${figure.year}); liggaren härleder ${comparison.derived}, ${comparison.difference}.`,
  };
}
