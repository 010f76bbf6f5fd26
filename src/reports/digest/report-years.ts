import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { scanFirstDays } from '../../timeline/domain/timeline-scan.js';
import type { TimelineEntry, TimelineState } from '../../timeline/domain/timeline-state.js';
import { isTimelineNews, YearCandidates, yearOf, type FullyAdopted, type YearLines } from '../domain/timeline-lines.js';
import { gatherLans, planCompletion } from '../gather/gather-adoption.js';
import { QualityCounts, type QualityFacts } from '../gather/quality-counts.js';
import { readerAtNow } from '../gather/timeline-reader.js';
import type { ReportReadModels, TrendReportRequest } from '../gather/read-models.js';
import type { IndicatorYears } from './indicator-years.js';
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
 * needs and is missing (ReportWarmup digests the national years ahead after
 * a start). So a national report reads a few dozen lines and counts a year,
 * and after a write digests one or two years again.
 */
export interface ReportYears {
  /** By `${scope}|${year}`. */
  readonly digests: Map<string, YearDigest>;
  /** Keys of the digests that asked about a plan, by plan id. */
  readonly byPlan: Map<string, Set<string>>;
  /** How often each key was forgotten: a digest made in parts is kept only if its key was not forgotten meanwhile. */
  readonly forgotten: Map<string, number>;
  readonly sources: SourceNumbering;
  /** The indicators' counts per year (see countsNow). */
  readonly indicators: IndicatorYears;
  /** Whether anything was digested yet: until then (a replay) there is nothing to forget. */
  used: boolean;
}

export const emptyReportYears = (): ReportYears => ({
  digests: new Map(),
  byPlan: new Map(),
  forgotten: new Map(),
  sources: new SourceNumbering(),
  indicators: new Map(),
  used: false,
});

const keyOf = (scope: string, year: number) => `${scope}|${year}`;

function forget(years: ReportYears, key: string): void {
  years.forgotten.set(key, (years.forgotten.get(key) ?? 0) + 1);
  const digest = years.digests.get(key);
  if (!digest) return;
  years.digests.delete(key);
  for (const planId of digest.consulted) years.byPlan.get(planId)?.delete(key);
}

/** Forgets every digest an event on `stream` may change; called before and after the event is applied. */
export function forgetStream(years: ReportYears, timeline: TimelineState, stream: string): void {
  if (!years.used) return;
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

  *digesting(fullyAdopted: FullyAdopted): Generator<void, YearDigest> {
    const consulted = new Set<string>();
    const lines = yield* this.candidates.selecting((planId, latest) => {
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
 * A year's digest made in parts: slices of the year's days in order (a
 * report digests a year in one slice; the warm-up in twelve, between other
 * work), kept at the end unless an event touched the year meanwhile.
 */
export class YearDigestBuilder {
  private readonly builder: YearBuilder;
  private readonly lan: string | undefined;
  // A decision by several owners in one län could come back once per owner from the län's index; it counts once.
  private readonly seen: Set<string> | null;
  private readonly key: string;
  private readonly forgottenBefore: number;

  constructor(
    private readonly years: ReportYears,
    private readonly models: ReportReadModels,
    private readonly scope: TrendReportRequest['scope'],
    readonly year: number,
  ) {
    years.used = true;
    this.builder = new YearBuilder(year, models);
    this.lan = scope === 'national' ? undefined : scope;
    this.seen = this.lan ? new Set<string>() : null;
    this.key = keyOf(scope, year);
    this.forgottenBefore = years.forgotten.get(this.key) ?? 0;
  }

  /** Adds the year's entries whose first possible day lies within `firstDay`..`lastDay`, after those of earlier slices. */
  scan(firstDay: number, lastDay: number): void {
    scanFirstDays(this.models.timeline, { lan: this.lan }, firstDay, lastDay, this.models.lanOf, (entry, date) => {
      if (this.seen) {
        if (this.seen.has(entry.eventId)) return;
        this.seen.add(entry.eventId);
      }
      this.years.sources.numberOf(entry);
      this.builder.add(entry, date);
    });
  }

  /** The digest, kept for reports; null (and not kept) when an event touched the year since the first slice. */
  keep(): YearDigest | null {
    const parts = this.keeping();
    for (;;) {
      const part = parts.next();
      if (part.done) return part.value;
    }
  }

  /** `keep` in parts: choosing a busy year's lines pauses now and then. */
  *keeping(): Generator<void, YearDigest | null> {
    const request: TrendReportRequest = { from: this.year, to: this.year, scope: this.scope, asOf: null };
    const digest = yield* this.builder.digesting(planCompletion(this.models, request, gatherLans(this.models, request)).fullyAdopted);
    if ((this.years.forgotten.get(this.key) ?? 0) !== this.forgottenBefore) return null;
    // A report may have made it meanwhile, from the same records.
    const known = this.years.digests.get(this.key);
    if (known) return known;
    this.years.digests.set(this.key, digest);
    for (const planId of digest.consulted) {
      let keys = this.years.byPlan.get(planId);
      if (!keys) this.years.byPlan.set(planId, (keys = new Set()));
      keys.add(this.key);
    }
    return digest;
  }
}

/** The first and last day of a year, as day numbers. */
export function daysOf(year: number): { readonly first: number; readonly last: number } {
  const days = dayDate(String(year));
  return { first: days?.earliestDay ?? Number.NaN, last: days?.latestDay ?? Number.NaN };
}

/** The digest of a year in scope, made now if an event has touched it since (or it was never made). */
export function yearDigest(years: ReportYears, models: ReportReadModels, scope: TrendReportRequest['scope'], year: number): YearDigest {
  const known = years.digests.get(keyOf(scope, year));
  if (known) return known;
  const builder = new YearDigestBuilder(years, models, scope, year);
  const { first, last } = daysOf(year);
  builder.scan(first, last);
  return builder.keep()!;
}
