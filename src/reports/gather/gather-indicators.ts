import { indicatorSeries, listIndicators } from '../../indicators/domain/indicator-query.js';
import { reconcile } from '../../reconciliation/domain/reconcile.js';
import type { IndicatorSeries, PopulationKind, PublishedFigure } from '../domain/report-input.js';
import { asOfMs, indicatorContext, publisherName, type ReportReadModels, type TrendReportRequest } from './read-models.js';

/**
 * A län report counts the län's kommuner and teams; the län's own plan and its
 * region's programmes are one member each, and the adoption section tells them better.
 */
const inLanReport = (population: string | null) => population === 'kommun' || population === null;

/** Every registered indicator's yearly series over the range, nationally or within one län. */
export function gatherIndicators(models: ReportReadModels, request: TrendReportRequest): IndicatorSeries[] {
  const ctx = indicatorContext(models);
  const lan = request.scope === 'national' ? null : request.scope;
  return listIndicators()
    .filter((indicator) => lan === null || inLanReport(indicator.population))
    .map((indicator) => {
      const series = indicatorSeries(ctx, indicator.id, { from: request.from, to: request.to, lan, asOf: asOfMs(request) });
      return {
        id: indicator.id,
        title: indicator.title,
        population: indicator.population as PopulationKind | null,
        years: series.years.map((y) => ({ year: y.year, certain: y.range.certain, possible: y.range.possible, population: y.population })),
      };
    });
}

/** Published figures of the range, each with how the reconciliation reads it (count, or share in percent). */
export function gatherFigures(models: ReportReadModels, request: TrendReportRequest): PublishedFigure[] {
  if (request.scope !== 'national') return [];
  const ctx = indicatorContext(models);
  return listIndicators().flatMap((indicator) =>
    reconcile(models.figures, ctx, indicator.id, asOfMs(request))
      .rows.filter((row) => row.year >= request.from && row.year <= request.to)
      .map((row) => ({
        indicatorId: indicator.id,
        year: row.year,
        publisher: publisherName(models, row.figure.publisher),
        value: row.figure.value,
        numerator: row.figure.numerator,
        denominator: row.figure.denominator,
        comparedAs: row.comparedAs === 'share_percent' ? ('share' as const) : ('count' as const),
        note: row.figure.note,
        source: { title: row.figure.source.title, url: row.figure.source.url ?? null, publisher: row.figure.source.publisher ?? null },
      })),
  );
}
