import { formatDecisionDate } from '../../web/format.js';
import type { ReportDate } from './report-input.js';

/** Numbers and words as a Swedish report prints them. */

const counts = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const percents = [0, 1].map((digits) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));

/** `1234` → `1 234` (non-breaking space). */
export const formatCount = (value: number): string => counts.format(value);

/** A percent value (60, 61.9) as `60 %` or `61,9 %`, with at most `digits` decimals. */
export const formatPercentValue = (percent: number, digits: 0 | 1 = 0): string =>
  `${percents[digits].format(percent)}\u00a0%`;

/** `62 %` or `62–67 %`. */
export const formatPercentRange = (low: number, high: number, digits: 0 | 1 = 0): string =>
  low === high ? formatPercentValue(low, digits) : `${percents[digits].format(low)}–${formatPercentValue(high, digits)}`;

/** A share 0..1 as whole percent, `62 %`. */
export const formatShare = (share: number): string => formatPercentValue(share * 100);

/** `2 procentenheter`, `1 procentenhet`, `0,5 procentenheter`. */
export function formatPercentagePoints(points: number, digits: 0 | 1 = 0): string {
  const text = percents[digits].format(Math.abs(points));
  return `${text} ${text === '1' ? 'procentenhet' : 'procentenheter'}`;
}

/** Rounds to `digits` decimals the way the printed number reads. */
export const roundTo = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export const lowerFirst = (text: string): string =>
  /^[A-ZÅÄÖ][a-zåäö]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `a`, `a och b`, `a, b och c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** A range when the ends differ: `13` or `13–14`. */
export const formatRange = (low: number, high: number, format: (n: number) => string = formatCount): string =>
  low === high ? format(low) : `${format(low)}–${format(high)}`;

/** Nouns for an indicator's population: one, many, all of them. */
export const POPULATION_NOUNS = {
  lan: { one: 'län', many: 'län', definite: 'länen' },
  region: { one: 'region', many: 'regioner', definite: 'regionerna' },
  kommun: { one: 'kommun', many: 'kommuner', definite: 'kommunerna' },
} as const;

/** A decision time inside a sentence, with the preposition its precision takes: "den 16 juni 2022", "i januari 2023", "hösten 2022", "under 2021". */
export function whenPhrase(date: ReportDate): string {
  const words = formatDecisionDate(date.edtf);
  if (date.precision === 'day') return `den ${words}`;
  if (date.precision === 'month') return `i ${words}`;
  if (date.precision === 'year') return `under ${words}`;
  return words;
}
