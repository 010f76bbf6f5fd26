import type { Prng } from './prng.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Mix of precisions as the sources give them: most by day, some by month, season ("våren 2022") or year. */
const PRECISIONS = [
  ['day', 60],
  ['month', 20],
  ['season', 12],
  ['year', 8],
] as const;

/**
 * `count` decision days of one year, in order (day-of-year 0..364), so a
 * story's decisions follow each other the way the real ones do.
 */
export function decisionDays(prng: Prng, count: number, from = 0): number[] {
  const days: number[] = [];
  for (let i = 0; i < count; i += 1) days.push(prng.int(from, 364));
  return days.sort((a, b) => a - b);
}

/**
 * The EDTF date a source would give for a decision on `dayOfYear` of `year`:
 * `2022-03-28`, `2022-03`, a meteorological season (`2022-21` spring …
 * `2021-24` for a January in the winter that began in December 2021) or `2022`.
 */
export function edtfDate(prng: Prng, year: number, dayOfYear: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  const month = date.getUTCMonth() + 1;
  switch (prng.weighted(PRECISIONS)) {
    case 'day':
      return `${year}-${pad(month)}-${pad(date.getUTCDate())}`;
    case 'month':
      return `${year}-${pad(month)}`;
    case 'season':
      if (month <= 2) return `${year - 1}-24`;
      return `${year}-${month === 12 ? 24 : 21 + Math.floor((month - 3) / 3)}`;
    case 'year':
      return `${year}`;
  }
}

/** A precise day, for figures published on a known date. */
export function exactDate(year: number, dayOfYear: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
