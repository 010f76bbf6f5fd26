import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { scanTimeline } from '../../timeline/domain/timeline-scan.js';
import type { TimelineEntry, TimelineState } from '../../timeline/domain/timeline-state.js';
import { isTimelineNews, YearCandidates, yearOf, type FullyAdopted, type YearLines } from '../domain/timeline-lines.js';
import { gatherLans, planCompletion } from '../gather/gather-adoption.js';
import { QualityCounts, type QualityFacts } from '../gather/quality-counts.js';
import { readerAtNow } from '../gather/timeline-reader.js';
import type { ReportReadModels, TrendReportRequest } from '../gather/read-models.js';
import { SourceNumbering } from './source-numbering.js';

/** One year of the timeline in one scope (national or a län) as the ledger knows it now, digested for reports. */
export interface YearDigest {
  /** The lines the year's timeline shows, chosen from all of its events. */
  readonly lines: YearLines<TimelineEntry>;
  /** The year's records in scope (log indexes), in timeline order; `reachesNext` marks those whose date reaches into the next year. */
  readonly records: Int32Array;
  readonly reachesNext: Uint8Array;
  readonly quality: QualityFacts;
  readonly qualityReachingNext: QualityFacts;
  /** The plans the lines asked about: a change to one of them can change the lines. */
  readonly consulted: ReadonlySet<string>;
}

/**
 * The trend report's view of the timeline: a digest per scope and year,
 * kept until an event touches it. The ledger reducer forgets the digests an
 * event may change (the years and län of its stream's records before and
 * after it, and those that asked about its plan); a report digests what it
 * needs and is missing, and settling after a catch-up digests every year of
 * the national timeline at once. So a national report reads a few dozen
 * lines and counts a year, and after a write digests one or two years again.
 */
export interface ReportYears {
  /** By `${scope}|${year}`. */
  readonly digests: Map<string, YearDigest>;
  /** Keys of the digests that asked about a plan, by plan id. */
  readonly byPlan: Map<string, Set<string>>;
  readonly sources: SourceNumbering;
}

export const emptyReportYears = (): ReportYears => ({ digests: new Map(), byPlan: new Map(), sources: new SourceNumbering() });

const keyOf = (scope: string, year: number) => `${scope}|${year}`;

function forget(years: ReportYears, key: string): void {
  const digest = years.digests.get(key);
  if (!digest) return;
  years.digests.delete(key);
  for (const planId of digest.consulted) years.byPlan.get(planId)?.delete(key);
}

/** Forgets every digest an event on `stream` may change; called before and after the event is applied. */
export function forgetStream(years: ReportYears, timeline: TimelineState, stream: string): void {
  if (years.digests.size === 0) return;
  for (const entry of timeline.subjects.get(stream)?.entries ?? []) {
    if (!entry.date) continue;
    const year = yearOf(entry.date);
    forget(years, keyOf('national', year));
    // Tag sets only grow, so these are every län the record was ever placed under.
    for (const tag of entry.tagSet.tags) if (tag.startsWith('lan:')) forget(years, keyOf(tag.slice(4), year));
  }
  if (streamCategory(stream) === 'plan') for (const key of [...(years.byPlan.get(streamId(stream)) ?? [])]) forget(years, key);
}

class YearBuilder {
  readonly records: number[] = [];
  readonly reachesNext: number[] = [];
  readonly quality = new QualityCounts();
  readonly qualityReachingNext = new QualityCounts();
  readonly candidates: YearCandidates<TimelineEntry>;
  private lastDate: DayDate | null = null;
  private reaches = false;

  constructor(
    readonly year: number,
    models: ReportReadModels,
  ) {
    this.candidates = new YearCandidates(year, readerAtNow(models));
  }

  add(entry: TimelineEntry, date: DayDate): void {
    if (date !== this.lastDate) {
      this.lastDate = date;
      this.reaches = Number(date.latest.slice(0, 4)) > this.year;
    }
    this.records.push(entry.logIndex);
    this.reachesNext.push(this.reaches ? 1 : 0);
    this.quality.add(entry, date);
    if (this.reaches) this.qualityReachingNext.add(entry, date);
    if (isTimelineNews(entry.type)) this.candidates.add(entry, entry.type);
  }

  digest(fullyAdopted: FullyAdopted): YearDigest {
    const consulted = new Set<string>();
    const lines = this.candidates.select((planId, latest) => {
      consulted.add(planId);
      return fullyAdopted(planId, latest);
    });
    return {
      lines,
      records: Int32Array.from(this.records),
      reachesNext: Uint8Array.from(this.reachesNext),
      quality: this.quality.facts(),
      qualityReachingNext: this.qualityReachingNext.facts(),
      consulted,
    };
  }
}

/**
 * Digests the years `from`..`to` (every year with a record when both are
 * null) of one scope in one pass over the timeline, and keeps them.
 */
export function digestYears(years: ReportYears, models: ReportReadModels, scope: TrendReportRequest['scope'], from: number | null, to: number | null): void {
  const lan = scope === 'national' ? undefined : scope;
  const builders = new Map<number, YearBuilder>();
  // A decision by several owners in one län could come back once per owner from the län's index; it counts once.
  const seen = lan ? new Set<string>() : null;
  const range = { from: from === null ? undefined : (dayDate(String(from)) ?? undefined), to: to === null ? undefined : (dayDate(String(to)) ?? undefined) };
  scanTimeline(models.timeline, { lan, ...range }, models.lanOf, (entry, date) => {
    const year = yearOf(date);
    if ((from !== null && year < from) || (to !== null && year > to)) return;
    if (seen) {
      if (seen.has(entry.eventId)) return;
      seen.add(entry.eventId);
    }
    years.sources.numberOf(entry);
    let builder = builders.get(year);
    if (!builder) builders.set(year, (builder = new YearBuilder(year, models)));
    builder.add(entry, date);
  });
  for (let year = from ?? Infinity; year <= (to ?? -Infinity); year++) if (!builders.has(year)) builders.set(year, new YearBuilder(year, models));
  const request: TrendReportRequest = { from: from ?? 0, to: to ?? 0, scope, asOf: null };
  const { fullyAdopted } = planCompletion(models, request, gatherLans(models, request));
  for (const builder of builders.values()) {
    const key = keyOf(scope, builder.year);
    forget(years, key);
    const digest = builder.digest(fullyAdopted);
    years.digests.set(key, digest);
    for (const planId of digest.consulted) {
      let keys = years.byPlan.get(planId);
      if (!keys) years.byPlan.set(planId, (keys = new Set()));
      keys.add(key);
    }
  }
}

/** The digest of a year in scope, made now if an event has touched it since (or it was never made). */
export function yearDigest(years: ReportYears, models: ReportReadModels, scope: TrendReportRequest['scope'], year: number): YearDigest {
  const key = keyOf(scope, year);
  if (!years.digests.has(key)) digestYears(years, models, scope, year, year);
  return years.digests.get(key)!;
}
