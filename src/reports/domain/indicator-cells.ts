import { formatCount, formatPercentRange, formatPercentValue, formatRange, roundTo } from './swedish.js';
import type { IndicatorTableRow } from './trend-report.js';

/** `13 av 21` or `13–14 av 21`; a plain count without "av". */
export function countText(row: IndicatorTableRow): string {
  const counted = formatRange(row.certain, row.possible);
  return row.population ? `${counted} av ${formatCount(row.population)}` : counted;
}

/** `62 %` or `62–67 %`; null for a plain count. */
export function shareText(row: IndicatorTableRow): string | null {
  if (row.share === null || row.sharePossible === null) return null;
  const low = roundTo(row.share * 100, 0);
  const high = roundTo(row.sharePossible * 100, 0);
  return formatPercentRange(low, high);
}

/** Whether a published figure is a share in percent (only a share was published) or a count. */
export function publishedUnit(row: IndicatorTableRow): 'procent' | 'antal' | null {
  if (!row.published) return null;
  return row.published.comparedAs === 'share' ? 'procent' : 'antal';
}

/** The published figure as it was published: `60 %` (a share) or `20 av 21`. */
export function publishedText(row: IndicatorTableRow): string | null {
  const figure = row.published;
  if (!figure) return null;
  if (publishedUnit(row) === 'procent') return formatPercentValue(figure.value, Number.isInteger(figure.value) ? 0 : 1);
  const count = formatCount(figure.numerator ?? figure.value);
  return figure.denominator ? `${count} av ${formatCount(figure.denominator)}` : count;
}
