import type { ReportScope, TrendReportInput } from '../domain/report-input.js';
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
function undatedLeftOut(request: TrendReportRequest, titles: Iterable<string>, dataset: DatasetLeftOut): number | null {
  if (request.scope !== 'national' || dataset.sources.length === 0) return null;
  // The dataset names a few documents and the ledger may cite hundreds of thousands: look the few up, stop once all are found.
  const uncited = new Map<string, number>();
  for (const s of dataset.sources) {
    const title = s.title.trim().toLowerCase();
    uncited.set(title, (uncited.get(title) ?? 0) + s.undated);
  }
  let undated: number | null = null;
  for (const cited of titles) {
    const title = cited.trim().toLowerCase();
    const count = uncited.get(title);
    if (count === undefined) continue;
    uncited.delete(title);
    undated = (undated ?? 0) + count;
    if (uncited.size === 0) break;
  }
  return undated;
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
    dataQuality: { ...timeline.quality, undatedLeftOut: undatedLeftOut(request, sources.titles(), dataset) },
    sources,
  };
}
