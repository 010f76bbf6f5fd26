import type { ReportScope, ReportSource, TrendReportInput } from '../domain/report-input.js';
import { gatherLans, gatherPlans } from './gather-adoption.js';
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
function undatedLeftOut(request: TrendReportRequest, sources: readonly ReportSource[], dataset: DatasetLeftOut): number | null {
  if (request.scope !== 'national') return null;
  const cited = new Set(sources.map((s) => s.title.trim().toLowerCase()));
  const covered = dataset.sources.filter((s) => cited.has(s.title.trim().toLowerCase()));
  return covered.length === 0 ? null : covered.reduce((sum, s) => sum + s.undated, 0);
}

/** Gathers everything a trend report shows from the read models, as the ledger knew it at `asOf`. */
export function gatherTrendReportInput(models: ReportReadModels, request: TrendReportRequest, generatedAt: Date, dataset: DatasetLeftOut): TrendReportInput {
  const timeline = gatherTimeline(models, request);
  const figures = gatherFigures(models, request);
  const lans = gatherLans(models, request);
  const sources = [...timeline.sources, ...figures.flatMap((f) => (f.source ? [f.source] : []))];
  return {
    scope: scopeOf(models, request),
    from: request.from,
    to: request.to,
    asOf: request.asOf ? request.asOf.toISOString() : null,
    generatedAt: generatedAt.toISOString(),
    indicators: gatherIndicators(models, request),
    figures,
    lans,
    plans: gatherPlans(models, request, lans),
    timeline: timeline.entries,
    dataQuality: { ...timeline.quality, undatedLeftOut: undatedLeftOut(request, sources, dataset) },
    sources,
  };
}
