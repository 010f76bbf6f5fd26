import { indicatorById } from '../../indicators/domain/indicator-registry.js';
import { dayDate } from '../../projections/domain/day-dates.js';
import { queryTimeline, type TimelineCursor } from '../../timeline/domain/timeline-query.js';
import type { TimelineItem } from '../../timeline/domain/timeline-item.js';
import type { DataQualityFacts, ReportSource, TimelineEntry } from '../domain/report-input.js';
import { SourceIndex } from '../domain/source-index.js';
import { actorName, asOfMs, publisherName, type ReportReadModels, type TrendReportRequest } from './read-models.js';

/** Large pages: the report reads the whole range, so fewer walks of the index beat small answers. */
const PAGE = 50_000;

const cursorOf = (next: string): TimelineCursor => {
  const [key, position] = next.split(':').map(Number);
  return { key, position };
};

/** The timeline in scope as the report needs it, made in one pass so no item outlives its page. */
export interface GatheredTimeline {
  readonly entries: TimelineEntry[];
  /** Each source once (title and URL identify it; the last publisher seen wins), in order of first citation. */
  readonly sources: ReportSource[];
  readonly quality: Omit<DataQualityFacts, 'undatedLeftOut'>;
}

function subjectOf(item: TimelineItem): string {
  if (!item.figure) return item.title;
  const indicator = indicatorById(item.figure.indicatorId);
  return `${indicator ? indicator.title.charAt(0).toLowerCase() + indicator.title.slice(1) : item.figure.indicatorId} ${item.figure.year}`;
}

function entryOf(models: ReportReadModels, item: TimelineItem, source: ReportSource): TimelineEntry {
  return {
    eventId: item.eventId,
    type: item.type,
    decidedOn: item.date,
    subject: subjectOf(item),
    actor: item.actors.length === 0 ? null : item.type === 'FigurePublished' ? publisherName(models, item.actors[0]) : actorName(models, item.actors[0]),
    aggregateId: item.plan?.id ?? item.initiative?.id ?? item.figure?.indicatorId ?? item.eventId,
    source,
  };
}

/**
 * Every timeline entry whose decision may fall within the range, in scope, as
 * the ledger knew it at `asOf`, with the data-quality counts (imprecise dates
 * by precision and sources without URL, over decisions; published figures are
 * not decisions) and the distinct sources, counted as the pages pass.
 */
export function gatherTimeline(models: ReportReadModels, request: TrendReportRequest): GatheredTimeline {
  const from = dayDate(String(request.from));
  const to = dayDate(String(request.to));
  const lan = request.scope === 'national' ? undefined : request.scope;
  // A decision by several owners in one län can come back once per owner from the län's index; the report counts it once.
  const seen = lan ? new Set<string>() : null;
  const sources = new SourceIndex();
  const entries: TimelineEntry[] = [];
  const imprecise: Record<'month' | 'season' | 'year', number> = { month: 0, season: 0, year: 0 };
  let decisions = 0;
  let withoutSourceUrl = 0;
  let cursor: TimelineCursor | null = null;
  for (;;) {
    const page = queryTimeline(models.timeline, { lan, from: from ?? undefined, to: to ?? undefined, asOf: asOfMs(request), cursor, limit: PAGE }, models.lanOf);
    for (const item of page.items) {
      if (seen) {
        if (seen.has(item.eventId)) continue;
        seen.add(item.eventId);
      }
      if (item.type !== 'FigurePublished') {
        decisions += 1;
        if (item.date.precision !== 'day') imprecise[item.date.precision] += 1;
      }
      if (!item.source.url) withoutSourceUrl += 1;
      entries.push(entryOf(models, item, sources.add(item.source.title, item.source.url ?? null, item.source.publisher ?? null)));
    }
    if (!page.nextCursor) break;
    cursor = cursorOf(page.nextCursor);
  }
  return { entries, sources: sources.list(), quality: { events: entries.length, decisions, imprecise, withoutSourceUrl } };
}
