import { publishedUnit } from './indicator-cells.js';
import type { TrendReport } from './trend-report.js';

/** Column names are stable ASCII identifiers so spreadsheets and scripts can rely on them. */
export const CSV_COLUMNS = [
  'indikator_id',
  'indikator',
  'ar',
  'varde',
  'population',
  'andel',
  'sakert',
  'mojligt',
  'publicerat_varde',
  'publicerat_enhet',
  'publicerat_av',
] as const;

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Decimal point, at most four decimals, so any tool parses it. */
const decimal = (value: number | null) => (value === null ? null : Number(value.toFixed(4)));

/**
 * The indicator table by year, one row per indicator and year, CRLF line ends.
 * `varde` is the certain value; `sakert`..`mojligt` the range; `andel` certain / population;
 * `publicerat_enhet` says whether `publicerat_varde` is a percent or a count.
 */
export function renderCsv(report: TrendReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const table of report.indicators) {
    for (const row of table.rows) {
      lines.push(
        [
          table.id,
          table.title,
          row.year,
          row.certain,
          row.population,
          decimal(row.share),
          row.certain,
          row.possible,
          row.published?.value ?? null,
          publishedUnit(row),
          row.published?.publisher ?? null,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
