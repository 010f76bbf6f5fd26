import type { INestApplicationContext } from '@nestjs/common';
import { TrendReportService } from './trend-report.service.js';

/** A command line may start on a large ledger: it waits this long for the projections to catch up. */
export const CLI_CATCH_UP_MS = 10 * 60_000;

/** The command line's options, as typed: `report --from 2019 --to 2023 --scope national --format html`. */
export interface TrendReportOptions {
  readonly from: number | string;
  readonly to: number | string;
  readonly scope?: string;
  readonly format?: string;
  /** Record time: a date (`2023-05-01`, end of that day in Sweden) or an ISO timestamp. */
  readonly asOf?: string;
}

/**
 * The report as one string, for the command line. Validates the options as
 * the HTTP endpoint does and throws a DomainError (`REPORT.INVALID_QUERY`,
 * `field` naming the option) with a Swedish message for bad ones.
 */
export async function generateTrendReport(source: INestApplicationContext | TrendReportService, options: TrendReportOptions): Promise<string> {
  const service = source instanceof TrendReportService ? source : source.get(TrendReportService);
  const raw: Record<string, string> = { from: String(options.from), to: String(options.to) };
  if (options.scope !== undefined) raw.scope = options.scope;
  if (options.format !== undefined) raw.format = options.format;
  if (options.asOf !== undefined) raw.asOf = options.asOf;
  return (await service.render(service.parse(raw), CLI_CATCH_UP_MS)).toString('utf8');
}
