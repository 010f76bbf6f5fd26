import type { RenderOptions } from '../../charts/render-svg.js';
import { formatRecordTime } from '../../web/format.js';
import type { ChartMemo } from './chart-memo.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import type { ReportFormat } from './report-query.js';
import type { TrendReport } from './trend-report.js';

/** The report in the asked format, as one string. */
export async function renderTrendReport(report: TrendReport, format: ReportFormat, options: RenderOptions = {}, memo?: ChartMemo): Promise<string> {
  switch (format) {
    case 'html':
      return renderHtml(report, options, memo);
    case 'md':
      return renderMarkdown(report);
    case 'csv':
      return renderCsv(report);
    case 'json':
      return renderJson(report);
  }
}

/**
 * What a format shows of when the report was made (HTML and Markdown the
 * minute, JSON the instant, CSV nothing): two reports that differ in nothing
 * else render to the same text.
 */
export function shownGeneratedAt(format: ReportFormat, generatedAt: string): string {
  switch (format) {
    case 'html':
    case 'md':
      return formatRecordTime(generatedAt);
    case 'csv':
      return '';
    case 'json':
      return generatedAt;
  }
}
