import type { TrendReport } from './trend-report.js';

/** Bumped when a field changes meaning or goes away, so readers of saved reports can tell. */
export const TREND_REPORT_JSON_VERSION = 1;

/** The whole report model as JSON; charts are left to the HTML, their data is in `indicators` and `adoption`. */
export function renderJson(report: TrendReport): string {
  return `${JSON.stringify({ version: TREND_REPORT_JSON_VERSION, ...report }, null, 2)}\n`;
}
