import edtf from 'edtf';
import { DomainError } from './domain-error.js';

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** A decision time as recorded, with the calendar days it may fall on. */
export interface DecisionDate {
  /** Exactly as recorded (EDTF). */
  readonly edtf: string;
  /** First possible day, `YYYY-MM-DD`. */
  readonly earliest: string;
  /** Last possible day, `YYYY-MM-DD`. */
  readonly latest: string;
  readonly precision: DatePrecision;
  /** `~` (circa) or `?` (uncertain) in the record. */
  readonly approximate: boolean;
}

/**
 * Seasons as a Swede reads "våren/sommaren/hösten/vintern": meteorological
 * seasons of the northern hemisphere. The `edtf` package maps 21–24 to
 * calendar quarters, which would put "hösten 2022" in July–September.
 */
const SEASON_MONTHS: Record<number, readonly [number, number]> = {
  21: [3, 5],
  22: [6, 8],
  23: [9, 11],
  24: [12, 14],
  25: [3, 5],
  26: [6, 8],
  27: [9, 11],
  28: [12, 14],
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const lastDayOf = (year: number, month: number) => isoDay(year, month + 1, 0);

/**
 * Parsed dates by their text. The `edtf` grammar costs about 0.3 ms a parse and
 * a ledger repeats the same few thousand dates, so valid ones are kept (frozen,
 * shared); refusals are not, their message names the field.
 */
const parsedDates = new Map<string, DecisionDate>();
const PARSED_DATES_LIMIT = 20_000;

/** Parses a decision date; throws `DATE.INVALID` for malformed or impossible dates and for intervals/sets. */
export function parseDecisionDate(value: unknown, field = 'decidedOn'): DecisionDate {
  const known = typeof value === 'string' ? parsedDates.get(value) : undefined;
  if (known) return known;
  const parsed = Object.freeze(parseUncached(value, field));
  if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
  parsedDates.set(parsed.edtf, parsed);
  return parsed;
}

function parseUncached(value: unknown, field: string): DecisionDate {
  if (typeof value !== 'string' || value.length === 0 || value.length > 32) {
    throw new DomainError('DATE.INVALID', `${field} måste vara ett EDTF-datum, t.ex. 2022-03-28, 2022-03, 2022-21 (vår) eller 2022`, field, 'edtf');
  }
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(value);
  } catch {
    throw new DomainError('DATE.INVALID', `${field}: "${value}" är inget giltigt EDTF-datum (ISO 8601-2)`, field, 'edtf');
  }
  const approximate = /[~?%]/.test(value);
  const [year, second, day] = parsed.values;
  if (parsed.type === 'Season' && second !== undefined && SEASON_MONTHS[second]) {
    const [from, to] = SEASON_MONTHS[second];
    return { edtf: value, earliest: isoDay(year, from, 1), latest: lastDayOf(year, to), precision: 'season', approximate };
  }
  if (parsed.type !== 'Date' || /X/i.test(value)) {
    throw new DomainError('DATE.INVALID', `${field}: "${value}" måste vara ett dag-, månads-, årstids- eller årsdatum`, field, 'edtf-precision');
  }
  if (day !== undefined) {
    const iso = isoDay(year, second + 1, day);
    if (!value.startsWith(iso)) {
      throw new DomainError('DATE.INVALID', `${field}: ${value} finns inte i kalendern`, field, 'calendar-date');
    }
    return { edtf: value, earliest: iso, latest: iso, precision: 'day', approximate };
  }
  if (second !== undefined) {
    return { edtf: value, earliest: isoDay(year, second + 1, 1), latest: lastDayOf(year, second + 1), precision: 'month', approximate };
  }
  return { edtf: value, earliest: isoDay(year, 1, 1), latest: isoDay(year, 12, 31), precision: 'year', approximate };
}

/** Refuses a decision said to be taken after the ledger learned of it. */
export function assertNotAfterRecordTime(date: DecisionDate, recordedAt: Date, field = 'decidedOn'): void {
  const today = recordedAt.toISOString().slice(0, 10);
  if (date.earliest > today) {
    throw new DomainError('DATE.AFTER_RECORD_TIME', `${field}: ${date.edtf} ligger efter registreringsdagen ${today}`, field, 'not-after-record-time');
  }
}
