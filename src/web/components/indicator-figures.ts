import { formatNumber, formatShare } from '../format.js';
import type { IndicatorYearView } from '../dashboard/dashboard-view.js';

/** "13" or "13–14" when imprecise dates leave the count between certain and possible. */
export function countText(year: IndicatorYearView): string {
  return year.possible === year.certain
    ? formatNumber(year.certain)
    : `${formatNumber(year.certain)}–${formatNumber(year.possible)}`;
}

/** "13 av 21 län (62 %)" or a plain "42". */
export function yearText(year: IndicatorYearView, noun: string | null): string {
  if (year.population === null || noun === null) return countText(year);
  const share = year.population > 0 ? ` (${formatShare(year.certain / year.population)})` : '';
  return `${countText(year)} av ${formatNumber(year.population)} ${noun}${share}`;
}
