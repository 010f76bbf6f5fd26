import { DomainError } from '../../ledger/domain/domain-error.js';
import { dayNumber, isoDayOf } from '../../projections/domain/day-dates.js';

/** The day of the year a yearly count is taken on (`12-31` unless asked otherwise). */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export const YEAR_END: MonthDay = { month: 12, day: 31 };

export function parseMonthDay(text: string, field = 'cutoff'): MonthDay {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  const month = match ? Number(match[1]) : 0;
  const day = match ? Number(match[2]) : 0;
  // 2024 is a leap year, so 02-29 is accepted and falls back to 02-28 in other years.
  if (!match || month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) {
    throw new DomainError('QUERY.INVALID', `${field}: "${text}" är ingen dag på året; ange MM-DD, t.ex. 12-31`, field, 'month-day');
  }
  return { month, day };
}

/** The cut-off day of a year as a day number (29 February becomes the 28th in other years). */
export function cutoffDay(year: number, cutoff: MonthDay): number {
  const lastOfMonth = new Date(Date.UTC(year, cutoff.month, 0)).getUTCDate();
  const day = Math.min(cutoff.day, lastOfMonth);
  return dayNumber(`${String(year).padStart(4, '0')}-${String(cutoff.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

export const cutoffDate = (year: number, cutoff: MonthDay): string => isoDayOf(cutoffDay(year, cutoff));
