import type { ReportScope, SourcesInScope, TrendReportInput } from '../domain/report-input.js';
import { titleKey } from '../domain/source-index.js';
import { gatherLans, gatherPlans, planCompletion } from './gather-adoption.js';
import { gatherFigures, gatherIndicators } from './gather-indicators.js';
import { gatherTimeline } from './gather-timeline.js';
import type { DatasetLeftOut, ReportReadModels, TrendReportRequest } from './read-models.js';

function scopeOf(models: ReportReadModels, request: TrendReportRequest): ReportScope {
  if (request.scope === 'national') return { kind: 'national' };
  return { kind: 'lan', lan: request.scope, name: models.actors.get(request.scope)?.name ?? request.scope };
}

/**
 * Undated facts the public dataset left out, counted for the dataset's source
 * documents the ledger cites in scope. Only a national report covers the
 * dataset: the left-out facts are not tied to a län.
 */
function undatedLeftOut(request: TrendReportRequest, sources: SourcesInScope, dataset: DatasetLeftOut): number | null {
  if (request.scope !== 'national' || dataset.sources.length === 0) return null;
  // The dataset names a few documents and the ledger may cite hundreds of thousands: look the few up.
  const undated = new Map<string, number>();
  for (const s of dataset.sources) undated.set(titleKey(s.title), (undated.get(titleKey(s.title)) ?? 0) + s.undated);
  const cited = sources.titledAmong(new Set(undated.keys()));
  return cited.size === 0 ? null : [...cited].reduce((sum, title) => sum + (undated.get(title) ?? 0), 0);
}

/** Gathers everything a trend report shows from the read models, as the ledger knew it at `asOf`. */
export function gatherTrendReportInput(models: ReportReadModels, request: TrendReportRequest, generatedAt: Date, dataset: DatasetLeftOut): TrendReportInput {
  // Indicators first: they work out the plans' standings, which the timeline's adoption lines then read.
  const indicators = gatherIndicators(models, request);
  const lans = gatherLans(models, request);
  const timeline = gatherTimeline(models, request, planCompletion(models, request, lans));
  const figures = gatherFigures(models, request);
  const sources = timeline.sources;
  for (const figure of figures) if (figure.source) sources.add(figure.source);
  return {
    scope: scopeOf(models, request),
    from: request.from,
    to: request.to,
    asOf: request.asOf ? request.asOf.toISOString() : null,
    generatedAt: generatedAt.toISOString(),
    indicators,
    figures,
    lans,
    plans: gatherPlans(models, request, lans),
    timeline: timeline.years,
    dataQuality: { ...timeline.quality, undatedLeftOut: undatedLeftOut(request, sources, dataset) },
    sources,
  };
}
