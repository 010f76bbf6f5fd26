import type { TrendReport } from './domain/trend-report.js';
import type { TrendReportRequest } from './gather/read-models.js';

/**
 * Reports as built at one ledger position. A report reads every decision in
 * its range, which at national scale is most of the log, yet it changes only
 * when an event is applied: until then the same question gets the same report
 * but for when it was made. Keyed by the projections' checkpoint, so any write
 * (or a rebuild that moves it) makes a new one. Bounded: the least recently
 * asked goes first.
 */
export class TrendReportCache {
  private readonly reports = new Map<string, TrendReport>();

  constructor(private readonly capacity = 16) {}

  static key(checkpoint: number | null, request: TrendReportRequest): string {
    return [checkpoint ?? 'tom', request.from, request.to, request.scope, request.asOf?.getTime() ?? 'nu'].join('|');
  }

  get(key: string): TrendReport | undefined {
    const report = this.reports.get(key);
    if (report) {
      this.reports.delete(key);
      this.reports.set(key, report);
    }
    return report;
  }

  set(key: string, report: TrendReport): void {
    this.reports.delete(key);
    this.reports.set(key, report);
    if (this.reports.size > this.capacity) this.reports.delete(this.reports.keys().next().value as string);
  }
}
