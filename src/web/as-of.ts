import { DomainError } from '../ledger/domain/domain-error.js';

/** The point in record time a page is shown at: now (and live) or a moment in the past. */
export interface AsOf {
  /** The instant used for queries: events recorded at or before it are known. */
  readonly at: Date;
  /** As the reader gave it (`2023-05-01`), or null when the page shows now. */
  readonly requested: string | null;
  /** Whether the page shows the present and so may update itself. */
  readonly live: boolean;
}

const TIME_ZONE = 'Europe/Stockholm';
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Stockholm's offset from UTC in milliseconds at an instant. */
function stockholmOffset(instant: number): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return local - Math.floor(instant / 1000) * 1000;
}

/** The last millisecond of a calendar day in Swedish time: a date means "as the ledger knew it that evening". */
export function endOfSwedishDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const nextMidnightUtc = Date.UTC(year, month - 1, date + 1);
  return new Date(nextMidnightUtc - stockholmOffset(nextMidnightUtc) - 1);
}

/**
 * Reads the `asOf` query parameter: a date (`2023-05-01`, end of that day in
 * Sweden) or an ISO timestamp. Absent, empty, or not before now means the live page.
 */
export function parseAsOf(value: string | undefined, now: Date): AsOf {
  if (value === undefined || value.trim() === '') return { at: now, requested: null, live: true };
  const text = value.trim();
  let at: Date;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!isCalendarDay(text)) throw invalid(text);
    at = endOfSwedishDay(text);
  } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    at = new Date(text);
    if (Number.isNaN(at.getTime())) throw invalid(text);
  } else {
    throw invalid(text);
  }
  if (at.getTime() >= now.getTime()) return { at: now, requested: null, live: true };
  return { at, requested: text, live: false };
}

/** Rejects dates the calendar does not have (2023-02-30). */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

function invalid(text: string): DomainError {
  return new DomainError('WEB.AS_OF_INVALID', `asOf: "${text}" är inget datum; ange ÅÅÅÅ-MM-DD, t.ex. 2023-05-01`, 'asOf', 'date');
}
