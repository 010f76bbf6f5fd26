import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { scanFirstDays, startOfDay, type ScanPlace } from '../../timeline/domain/timeline-scan.js';
import type { TimelineEntry } from '../../timeline/domain/timeline-state.js';
import { isTimelineNews, YearCandidates, type FullyAdopted } from '../domain/timeline-lines.js';
import { gatherLans, planCompletion } from '../gather/gather-adoption.js';
import { QualityCounts } from '../gather/quality-counts.js';
import type { ReportReadModels, TrendReportRequest } from '../gather/read-models.js';
import { readerAtNow } from '../gather/timeline-reader.js';
import { digestKey, keepDigest, type ReportYears, type YearDigest } from './report-years.js';

/** What a year's records in scope add up to as they pass in timeline order: the digest's parts. */
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
  private readonly seen: Set<number> | null;
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
    this.seen = this.lan ? new Set<number>() : null;
    this.key = digestKey(scope, year);
    this.forgottenBefore = years.forgotten.get(this.key) ?? 0;
  }

  /**
   * Adds the year's entries from `from` on (its first day when omitted),
   * walking at most `limit` of them; returns where the next part starts, or
   * null once the year is done. Parts follow one another, each after the last.
   */
  scan(from: ScanPlace = startOfDay(daysOf(this.year).first), limit = Number.POSITIVE_INFINITY): ScanPlace | null {
    const { last } = daysOf(this.year);
    return scanFirstDays(
      this.models.timeline,
      { lan: this.lan },
      from,
      last,
      this.models.lanOf,
      (entry, date) => {
        if (this.seen) {
          if (this.seen.has(entry.logIndex)) return;
          this.seen.add(entry.logIndex);
        }
        this.years.sources.numberOf(entry);
        this.builder.add(entry, date);
      },
      limit,
    );
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
    keepDigest(this.years, this.key, digest);
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
  const known = years.digests.get(digestKey(scope, year));
  if (known) return known;
  const builder = new YearDigestBuilder(years, models, scope, year);
  builder.scan();
  return builder.keep()!;
}
