import { asOfIn, indicatorCounts, listIndicators } from '../../indicators/domain/indicator-query.js';
import { indicatorById, type Population } from '../../indicators/domain/indicator-registry.js';
import { viewAt } from '../../projections/domain/versioned.js';
import { comparison, publishedFor } from '../../reconciliation/domain/reconcile.js';
import { countsNow } from '../digest/indicator-years.js';
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
  const indicators = listIndicators().filter((indicator) => lan === null || inLanReport(indicator.population));
  const ids = indicators.map((indicator) => indicator.id);
  const query = { from: request.from, to: request.to, lan };
  const counts =
    models.reportYears && asOfIn(ctx, asOfMs(request)) === null
      ? countsNow(models.reportYears.indicators, ctx, ids, query)
      : indicatorCounts(ctx, ids, { ...query, asOf: asOfMs(request) });
  return indicators.map((indicator, i) => ({
    id: indicator.id,
    title: indicator.title,
    population: indicator.population as PopulationKind | null,
    years: counts[i].map((y) => ({ year: y.year, certain: y.range.certain, possible: y.range.possible, population: y.population })),
  }));
}

const sourceOf = (source: { title: string; url?: string; publisher?: string }) => ({
  title: source.title,
  url: source.url ?? null,
  publisher: source.publisher ?? null,
});

/**
 * Published figures of the range, each with how the reconciliation reads it
 * (count, or share in percent). That reading depends on the figure and the
 * size of the indicator's population only, so the derived values, which the
 * report's indicators already have, are not worked out again.
 */
export function gatherFigures(models: ReportReadModels, request: TrendReportRequest): PublishedFigure[] {
  if (request.scope !== 'national') return [];
  const ctx = indicatorContext(models);
  const inRange = (year: number) => year >= request.from && year <= request.to;
  const reconciled = listIndicators().flatMap((indicator) => {
    const population = indicator.population ? ctx.members(indicator.population as Population, null).length : null;
    return publishedFor(models.figures, indicator.id, asOfMs(request))
      .filter(({ data }) => inRange(data.year))
      .map(({ figure, data }) => ({
        indicatorId: indicator.id,
        year: data.year,
        publisher: publisherName(models, figure.publisher),
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
        comparedAs: comparison(data, population).comparedAs === 'share_percent' ? ('share' as const) : ('count' as const),
        note: figure.note,
        source: sourceOf(figure.source),
      }));
  });
  return [...reconciled, ...figuresWithoutIndicator(models, request, inRange)];
}

/**
 * Figures published for something the registry does not derive (a share of
 * regions with a strategy, people trained). They are shown as published; a
 * figure with only a value is read as a share when it has decimals or a denominator.
 */
function figuresWithoutIndicator(models: ReportReadModels, request: TrendReportRequest, inRange: (year: number) => boolean): PublishedFigure[] {
  const figures: PublishedFigure[] = [];
  for (const records of models.figures.streams.values()) {
    for (const record of records) {
      const data = viewAt(record, asOfMs(request));
      if (!data || indicatorById(data.indicatorId) || !inRange(data.year)) continue;
      const share = data.numerator === null && (data.denominator !== null || !Number.isInteger(data.value));
      figures.push({
        indicatorId: data.indicatorId,
        year: data.year,
        publisher: publisherName(models, data.publisher),
        value: data.value,
        numerator: data.numerator,
        denominator: data.denominator,
        comparedAs: share ? 'share' : 'count',
        note: data.note,
        source: sourceOf(record.source),
      });
    }
  }
  return figures;
}
