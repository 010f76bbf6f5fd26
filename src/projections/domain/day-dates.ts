import { parseDecisionDate, type DecisionDate } from '../../ledger/domain/decision-date.js';

const DAY_MS = 86_400_000;

/** A decision date with its first and last possible day as day numbers (days since 1970-01-01), for cheap comparisons. */
export interface DayDate extends DecisionDate {
  readonly earliestDay: number;
  readonly latestDay: number;
}

/**
 * `YYYY-MM-DD` to a day number. The quotient is a whole number but a double
 * to V8, and one double stored in a field makes that field a boxed number in
 * every object of its shape (a timeline entry's key: 16 MB at a million
 * entries); `| 0` keeps it a small integer.
 */
export const dayNumber = (isoDay: string): number =>
  (Date.UTC(+isoDay.slice(0, 4), +isoDay.slice(5, 7) - 1, +isoDay.slice(8, 10)) / DAY_MS) | 0;

/** A day number back to `YYYY-MM-DD`. */
export const isoDayOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Parsing EDTF is far slower than a map lookup and a log repeats the same few
 * thousand dates, so parsed dates are shared. Invalid values map to null: the
 * deciders refuse them, and a projection must never stop on one.
 */
const memo = new Map<string, DayDate | null>();
const MEMO_LIMIT = 100_000;

export function dayDate(value: unknown): DayDate | null {
  if (typeof value !== 'string') return null;
  const known = memo.get(value);
  if (known !== undefined) return known;
  let parsed: DayDate | null;
  try {
    const date = plainCalendarDate(value) ?? parseDecisionDate(value);
    parsed = Object.freeze({
      edtf: date.edtf,
      earliest: date.earliest,
      latest: date.latest,
      precision: date.precision,
      approximate: date.approximate,
      earliestDay: dayNumber(date.earliest),
      latestDay: dayNumber(date.latest),
    });
  } catch {
    parsed = null;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, parsed);
  return parsed;
}

const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/**
 * The EDTF parser takes a tenth of a millisecond per date, and a large log
 * holds thousands of distinct days; plain `YYYY`, `YYYY-MM` and `YYYY-MM-DD`
 * are read here (tested to agree with `parseDecisionDate`), everything else
 * (seasons, qualifiers) goes to the parser. Null means "not plain".
 */
function plainCalendarDate(value: string): DecisionDate | null {
  const match = PLAIN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { edtf: value, earliest: iso(year, 1, 1), latest: iso(year, 12, 31), precision: 'year', approximate: false };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { edtf: value, earliest: iso(year, month, 1), latest: iso(year, month + 1, 0), precision: 'month', approximate: false };
  const day = iso(year, month, Number(match[3]));
  return day === value ? { edtf: value, earliest: day, latest: day, precision: 'day', approximate: false } : null;
}

/** The public shape of a decision date in query answers. */
export interface DateView {
  readonly edtf: string;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: DecisionDate['precision'];
  readonly approximate: boolean;
}

export const dateView = (date: DayDate): DateView => ({
  edtf: date.edtf,
  earliest: date.earliest,
  latest: date.latest,
  precision: date.precision,
  approximate: date.approximate,
});
