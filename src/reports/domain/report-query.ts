import { DomainError } from '../../ledger/domain/domain-error.js';
import { parseAsOf } from '../../web/as-of.js';

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A validated trend-report request. */
export interface TrendReportQuery {
  readonly from: number;
  readonly to: number;
  /** `national` or `lan:NN`. */
  readonly scope: string;
  readonly format: ReportFormat;
  /** Record time to read the ledger at; null for now. */
  readonly asOf: Date | null;
  /** `asOf` as the caller wrote it, for the file name; null for now. */
  readonly asOfText: string | null;
}

export interface QueryContext {
  readonly now: Date;
  /** The 21 län ids (`lan:01` … `lan:25`). */
  readonly lans: readonly string[];
}

/** The first year a report may cover. */
export const FIRST_YEAR = 1990;
const LONGEST_RANGE = 30;
const KNOWN = new Set(['from', 'to', 'scope', 'format', 'asOf']);

const invalid = (field: string, rule: string, message: string): never => {
  throw new DomainError('REPORT.INVALID_QUERY', `${field}: ${message}`, field, rule);
};

function text(raw: Readonly<Record<string, unknown>>, field: string): string | undefined {
  const value = raw[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return invalid(field, 'single-value', 'får bara anges en gång');
  return value.trim();
}

function year(raw: Readonly<Record<string, unknown>>, field: 'from' | 'to', now: Date): number {
  const value = text(raw, field);
  if (value === undefined || value === '') return invalid(field, 'required', `krävs: ett årtal, t.ex. ${field === 'from' ? 2019 : 2023}`);
  const last = now.getUTCFullYear();
  if (!/^\d{4}$/.test(value) || Number(value) < FIRST_YEAR || Number(value) > last) {
    return invalid(field, 'year', `"${value}" är inget årtal mellan ${FIRST_YEAR} och ${last}`);
  }
  return Number(value);
}

function scope(raw: Readonly<Record<string, unknown>>, lans: readonly string[]): string {
  const value = text(raw, 'scope') ?? 'national';
  if (value === 'national' || lans.includes(value)) return value;
  const codes = lans.map((lan) => lan.slice(4)).join(', ');
  return invalid('scope', 'national-or-lan', `"${value}" är varken national eller ett län; ange national eller lan:NN med en av länskoderna ${codes}`);
}

function format(raw: Readonly<Record<string, unknown>>): ReportFormat {
  const value = text(raw, 'format') ?? 'html';
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  return invalid('format', 'report-format', `"${value}" stöds inte; välj ${REPORT_FORMATS.join(', ')}`);
}

/** Validates the query of `GET /reports/trend` (and the command line's options); errors name the field, in Swedish. */
export function parseTrendReportQuery(raw: Readonly<Record<string, unknown>>, context: QueryContext): TrendReportQuery {
  const unknown = Object.keys(raw).find((key) => !KNOWN.has(key));
  if (unknown !== undefined) invalid(unknown, 'known-parameter', `okänd parameter; använd from, to, scope, format och asOf`);
  const from = year(raw, 'from', context.now);
  const to = year(raw, 'to', context.now);
  if (from > to) invalid('to', 'not-before-from', `${to} ligger före from (${from})`);
  if (to - from + 1 > LONGEST_RANGE) invalid('to', 'longest-range', `högst ${LONGEST_RANGE} år i en rapport (${from}–${to} är ${to - from + 1})`);
  const asOf = parseAsOf(text(raw, 'asOf'), context.now);
  return { from, to, scope: scope(raw, context.lans), format: format(raw), asOf: asOf.live ? null : asOf.at, asOfText: asOf.requested };
}
