import type { ReportFormat, TrendReportQuery } from './report-query.js';

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** `trendrapport-hela-landet-2019-2023.html`, `trendrapport-lan-17-2019-2023-per-2023-05-01.csv`. */
export function reportFileName(query: TrendReportQuery): string {
  const scope = query.scope === 'national' ? 'hela-landet' : query.scope.replace(':', '-');
  const asOf = query.asOfText ? `-per-${query.asOfText.replace(/[^0-9A-Za-z-]/g, '-')}` : '';
  return `trendrapport-${scope}-${query.from}-${query.to}${asOf}.${query.format}`;
}

/** HTML and JSON open in the browser; Markdown and CSV are saved. */
export const contentDisposition = (query: TrendReportQuery): string =>
  `${query.format === 'html' || query.format === 'json' ? 'inline' : 'attachment'}; filename="${reportFileName(query)}"`;
