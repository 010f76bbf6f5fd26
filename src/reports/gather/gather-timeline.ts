import { indicatorById } from '../../indicators/domain/indicator-registry.js';
import type { FigureData } from '../../projections/domain/compact-data.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { dataAt, type AsOf } from '../../projections/domain/versioned.js';
import { factsOf } from '../../timeline/domain/entry-facts.js';
import { timelineItem, type TimelineItem } from '../../timeline/domain/timeline-item.js';
import { effectiveAsOf } from '../../timeline/domain/timeline-query.js';
import { scanTimeline } from '../../timeline/domain/timeline-scan.js';
import type { TimelineEntry as LedgerEntry } from '../../timeline/domain/timeline-state.js';
import type { DataQualityFacts, TimelineEntry, TimelineLine, TimelineYearLines } from '../domain/report-input.js';
import { SourceIndex } from '../domain/source-index.js';
import { TimelineCandidates, type EntryReader } from '../domain/timeline-lines.js';
import type { PlanCompletion } from './gather-adoption.js';
import { actorName, asOfMs, publisherName, type ReportReadModels, type TrendReportRequest } from './read-models.js';

/** The timeline in scope as the report needs it, made in one pass over the timeline's own records. */
export interface GatheredTimeline {
  readonly years: TimelineYearLines[];
  /** Each source once (title and URL identify it; the last publisher seen wins), in order of first citation. */
  readonly sources: SourceIndex;
  readonly quality: Omit<DataQualityFacts, 'undatedLeftOut'>;
}

function subjectOf(item: TimelineItem): string {
  if (!item.figure) return item.title;
  const indicator = indicatorById(item.figure.indicatorId);
  return `${indicator ? indicator.title.charAt(0).toLowerCase() + indicator.title.slice(1) : item.figure.indicatorId} ${item.figure.year}`;
}

/** A kept line's entry as the report shows it: the timeline's own item for it, as the ledger knew it at `asOf`. */
function entryOf(models: ReportReadModels, entry: LedgerEntry, asOf: AsOf): TimelineEntry {
  const head = entry.subject.head;
  const data = dataAt(entry, asOf);
  const item = timelineItem(entry, data, factsOf(entry.type, data, head && head !== entry ? dataAt(head, asOf) : data), asOf);
  return {
    eventId: item.eventId,
    type: item.type,
    decidedOn: item.date,
    subject: subjectOf(item),
    actor: item.actors.length === 0 ? null : item.type === 'FigurePublished' ? publisherName(models, item.actors[0]) : actorName(models, item.actors[0]),
    aggregateId: item.plan?.id ?? item.initiative?.id ?? item.figure?.indicatorId ?? item.eventId,
    source: { title: item.source.title, url: item.source.url ?? null, publisher: item.source.publisher ?? null },
  };
}

/** Reads the timeline's records as the ledger knew them at `asOf` (their own current fields at "now"), as `entryOf` would show them. */
function readerOf(models: ReportReadModels, asOf: AsOf, datesThen: ReadonlyMap<LedgerEntry, DayDate>): EntryReader<LedgerEntry> {
  return {
    type: (entry) => entry.type,
    date: asOf === null ? (entry) => entry.date! : (entry) => datesThen.get(entry) ?? entry.date!,
    aggregateId: (entry) =>
      entry.subject.category === 'indicator' ? ((dataAt(entry, asOf) as FigureData).indicatorId ?? entry.eventId) : entry.subject.id,
    eventId: (entry) => entry.eventId,
    publisher: (entry) => publisherName(models, (dataAt(entry, asOf) as FigureData).publisher),
  };
}

/**
 * Every timeline entry whose decision may fall within the range, in scope, as
 * the ledger knew it at `asOf`, read once: the data-quality counts (imprecise
 * dates by precision and sources without URL, over decisions; published
 * figures are not decisions), the distinct sources, and the candidate lines
 * per year, of which only the kept ones become report entries.
 */
export function gatherTimeline(models: ReportReadModels, request: TrendReportRequest, plans: PlanCompletion): GatheredTimeline {
  const from = dayDate(String(request.from));
  const to = dayDate(String(request.to));
  const lan = request.scope === 'national' ? undefined : request.scope;
  const asOf = effectiveAsOf(models.timeline, asOfMs(request));
  // Decision dates at `asOf` that differ from the entries' current ones (corrected since).
  const datesThen = new Map<LedgerEntry, DayDate>();
  const reader = readerOf(models, asOf, datesThen);
  const candidates = new TimelineCandidates(request.from, request.to, reader);
  // A decision by several owners in one län could come back once per owner from the län's index; the report counts it once.
  const seen = lan ? new Set<string>() : null;
  const sources = new SourceIndex();
  const imprecise: Record<'month' | 'season' | 'year', number> = { month: 0, season: 0, year: 0 };
  let events = 0;
  let decisions = 0;
  let withoutSourceUrl = 0;
  scanTimeline(models.timeline, { lan, from: from ?? undefined, to: to ?? undefined, asOf }, models.lanOf, (entry, date) => {
    if (seen) {
      if (seen.has(entry.eventId)) return;
      seen.add(entry.eventId);
    }
    events += 1;
    if (entry.type !== 'FigurePublished') {
      decisions += 1;
      if (date.precision !== 'day') imprecise[date.precision] += 1;
    }
    if (!entry.source.url) withoutSourceUrl += 1;
    sources.add(entry.source);
    if (date !== entry.date) datesThen.set(entry, date);
    candidates.add(entry);
  });
  const years = candidates.select(plans.fullyAdopted).map((year) => ({
    year: year.year,
    more: year.more,
    lines: year.lines.map(
      (line): TimelineLine => ({
        kind: line.kind,
        entries: line.entries.map((entry) => entryOf(models, entry, asOf)),
        fully: line.fully,
        expected: line.kind === 'adoptions' ? plans.expected(reader.aggregateId(line.entries[0])) : null,
      }),
    ),
  }));
  return { years, sources, quality: { events, decisions, imprecise, withoutSourceUrl } };
}
