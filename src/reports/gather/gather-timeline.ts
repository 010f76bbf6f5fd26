import { indicatorById } from '../../indicators/domain/indicator-registry.js';
import { dayDate } from '../../projections/domain/day-dates.js';
import { queryTimeline, type TimelineCursor } from '../../timeline/domain/timeline-query.js';
import type { TimelineItem } from '../../timeline/domain/timeline-item.js';
import type { DataQualityFacts, ReportSource, TimelineEntry } from '../domain/report-input.js';
import { actorName, asOfMs, publisherName, type ReportReadModels, type TrendReportRequest } from './read-models.js';

const PAGE = 1000;

const cursorOf = (next: string): TimelineCursor => {
  const [key, position] = next.split(':').map(Number);
  return { key, position };
};

/** Every timeline item whose decision may fall within the range, in scope, as the ledger knew it at `asOf`. */
export function timelineItems(models: ReportReadModels, request: TrendReportRequest): TimelineItem[] {
  const from = dayDate(String(request.from));
  const to = dayDate(String(request.to));
  const lan = request.scope === 'national' ? undefined : request.scope;
  const items = new Map<string, TimelineItem>();
  let cursor: TimelineCursor | null = null;
  for (;;) {
    const page = queryTimeline(models.timeline, { lan, from: from ?? undefined, to: to ?? undefined, asOf: asOfMs(request), cursor, limit: PAGE }, models.lanOf);
    // A decision by several owners in one län can come back once per owner; the report counts it once.
    for (const item of page.items) if (!items.has(item.eventId)) items.set(item.eventId, item);
    if (!page.nextCursor) return [...items.values()];
    cursor = cursorOf(page.nextCursor);
  }
}

export const reportSource = (source: { title: string; url?: string; publisher?: string }): ReportSource => ({
  title: source.title,
  url: source.url ?? null,
  publisher: source.publisher ?? null,
});

function subjectOf(item: TimelineItem): string {
  if (!item.figure) return item.title;
  const indicator = indicatorById(item.figure.indicatorId);
  return `${indicator ? indicator.title.charAt(0).toLowerCase() + indicator.title.slice(1) : item.figure.indicatorId} ${item.figure.year}`;
}

export function timelineEntries(models: ReportReadModels, items: readonly TimelineItem[]): TimelineEntry[] {
  return items.map((item) => ({
    eventId: item.eventId,
    type: item.type,
    decidedOn: item.date,
    subject: subjectOf(item),
    actor: item.actors.length === 0 ? null : item.type === 'FigurePublished' ? publisherName(models, item.actors[0]) : actorName(models, item.actors[0]),
    aggregateId: item.plan?.id ?? item.initiative?.id ?? item.figure?.indicatorId ?? item.eventId,
    source: reportSource(item.source),
  }));
}

/** Imprecise decision dates by precision and sources without URL, over the decisions in scope (published figures are not decisions). */
export function dataQualityFacts(items: readonly TimelineItem[], undatedLeftOut: number | null): DataQualityFacts {
  const decisions = items.filter((item) => item.type !== 'FigurePublished');
  const imprecise: Record<'month' | 'season' | 'year', number> = { month: 0, season: 0, year: 0 };
  for (const item of decisions) if (item.date.precision !== 'day') imprecise[item.date.precision] += 1;
  return {
    events: items.length,
    decisions: decisions.length,
    imprecise,
    withoutSourceUrl: items.filter((item) => !item.source.url).length,
    undatedLeftOut,
  };
}
