import { parseDecisionDate } from '../ledger/domain/decision-date.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const SEASONS: Readonly<Record<string, string>> = { '21': 'våren', '22': 'sommaren', '23': 'hösten', '24': 'vintern' };
const TIME_ZONE = 'Europe/Stockholm';

const recordTimeFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'long' });
const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/**
 * A decision date in words at the precision it was recorded with: "28 mars 2022",
 * "mars 2022", "våren 2022", "2022"; "cirka" for `~`, "(osäkert)" for `?`.
 * An unparseable value is shown as recorded rather than guessed at.
 */
export function formatDecisionDate(value: string | null | undefined): string {
  if (!value) return 'okänt datum';
  let date;
  try {
    date = parseDecisionDate(value);
  } catch {
    return value;
  }
  const [year, second, day] = date.edtf.replace(/[~?%]/g, '').split('-');
  let words: string;
  if (date.precision === 'day') words = `${Number(day)} ${MONTHS[Number(second) - 1]} ${year}`;
  else if (date.precision === 'month') words = `${MONTHS[Number(second) - 1]} ${year}`;
  else if (date.precision === 'season') words = `${SEASONS[String(((Number(second) - 21) % 4) + 21)]} ${year}`;
  else words = year;
  if (/[~%]/.test(value)) words = `cirka ${words}`;
  if (/[?%]/.test(value)) words = `${words} (osäkert)`;
  return words;
}

/** Record time in Swedish local time: "1 maj 2024 kl. 14:03". */
export function formatRecordTime(value: Date | string): string {
  return recordTimeFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/** A calendar day in words: "1 maj 2024". */
export function formatDay(value: Date): string {
  return dayFormat.format(value);
}

export function formatNumber(value: number): string {
  return integerFormat.format(value);
}

/** A share between 0 and 1 as "60 %". */
export function formatShare(value: number): string {
  return percentFormat.format(value);
}
