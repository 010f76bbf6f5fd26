import { indicatorById } from '../../indicators/domain/indicator-registry.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { dataAt, type AsOf } from '../../projections/domain/versioned.js';
import { factsOf } from '../../timeline/domain/entry-facts.js';
import { timelineItem, type TimelineItem } from '../../timeline/domain/timeline-item.js';
import { effectiveAsOf } from '../../timeline/domain/timeline-query.js';
import { scanTimeline } from '../../timeline/domain/timeline-scan.js';
import type { TimelineEntry as LedgerEntry } from '../../timeline/domain/timeline-state.js';
import type { SourcesInScope, TimelineEntry, TimelineLine, TimelineYearLines } from '../domain/report-input.js';
import { SourceIndex, type CitedSource } from '../domain/source-index.js';
import { TimelineCandidates, type EntryReader, type YearLines } from '../domain/timeline-lines.js';
import { DigestSources } from '../digest/digest-sources.js';
import type { ReportYears } from '../digest/report-years.js';
import { yearDigest } from '../digest/year-digest.js';
import type { PlanCompletion } from './gather-adoption.js';
import { QualityCounts, type QualityFacts } from './quality-counts.js';
import { actorName, asOfMs, publisherName, type ReportReadModels, type TrendReportRequest } from './read-models.js';
import { readerAt, readerAtNow } from './timeline-reader.js';

/** The timeline in scope as the report needs it. */
export interface GatheredTimeline {
  readonly years: TimelineYearLines[];
  /** The distinct sources of the timeline's events; the published figures' are added after them. */
  readonly sources: SourcesInScope & { add(source: CitedSource): void };
  readonly quality: QualityFacts;
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
  return reportEntry(models, timelineItem(entry, data, factsOf(entry.type, data, head && head !== entry ? dataAt(head, asOf) : data), asOf));
}

/** A timeline item as a report entry: what it is about and who decided, by display name. */
export function reportEntry(models: ReportReadModels, item: TimelineItem): TimelineEntry {
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

function reportYear(models: ReportReadModels, year: YearLines<LedgerEntry>, asOf: AsOf, plans: PlanCompletion, reader: EntryReader<LedgerEntry>): TimelineYearLines {
  return {
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
  };
}

/**
 * Every timeline entry whose decision may fall within the range, in scope, as
 * the ledger knew it at `asOf`: the data-quality counts, the distinct
 * sources, and the lines each year shows, of which only the kept ones become
 * report entries. As the ledger knows it now, that is read from the digested
 * years (a year before the range for the dates that reach into it); at an
 * earlier `asOf`, from one pass over the timeline as it was then.
 */
export function gatherTimeline(models: ReportReadModels, request: TrendReportRequest, plans: PlanCompletion): GatheredTimeline {
  const asOf = effectiveAsOf(models.timeline, asOfMs(request));
  return asOf === null && models.reportYears ? fromDigests(models, models.reportYears, request, plans) : scanned(models, request, asOf, plans);
}

function fromDigests(models: ReportReadModels, years: ReportYears, request: TrendReportRequest, plans: PlanCompletion): GatheredTimeline {
  const before = yearDigest(years, models, request.scope, request.from - 1);
  const digests = [];
  for (let year = request.from; year <= request.to; year++) digests.push(yearDigest(years, models, request.scope, year));
  const quality = new QualityCounts();
  quality.addAll(before.qualityReachingNext);
  for (const digest of digests) quality.addAll(digest.quality);
  const spans = [{ records: before.records, only: before.reachesNext }, ...digests.map((digest) => ({ records: digest.records, only: null }))];
  const reader = readerAtNow(models);
  return {
    years: digests.map((digest) => reportYear(models, digest.lines, null, plans, reader)),
    sources: new DigestSources(years.sources, models.timeline.entries, spans),
    quality: quality.facts(),
  };
}

function scanned(models: ReportReadModels, request: TrendReportRequest, asOf: AsOf, plans: PlanCompletion): GatheredTimeline {
  const from = dayDate(String(request.from));
  const to = dayDate(String(request.to));
  const lan = request.scope === 'national' ? undefined : request.scope;
  // Decision dates at `asOf` that differ from the entries' current ones (corrected since).
  const datesThen = new Map<LedgerEntry, DayDate>();
  const reader = readerAt(models, asOf, datesThen);
  const candidates = new TimelineCandidates(request.from, request.to, reader);
  // A decision by several owners in one län could come back once per owner from the län's index; the report counts it once.
  const seen = lan ? new Set<number>() : null;
  const sources = new SourceIndex();
  const quality = new QualityCounts();
  scanTimeline(models.timeline, { lan, from: from ?? undefined, to: to ?? undefined, asOf }, models.lanOf, (entry, date) => {
    if (seen) {
      if (seen.has(entry.logIndex)) return;
      seen.add(entry.logIndex);
    }
    quality.add(entry, date);
    sources.add(entry.source);
    if (date !== entry.date) datesThen.set(entry, date);
    candidates.add(entry);
  });
  return {
    years: candidates.select(plans.fullyAdopted).map((year) => reportYear(models, year, asOf, plans, reader)),
    sources,
    quality: quality.facts(),
  };
}
