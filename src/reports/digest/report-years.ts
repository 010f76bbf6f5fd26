import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import type { TimelineEntry, TimelineState } from '../../timeline/domain/timeline-state.js';
import { yearOf, type YearLines } from '../domain/timeline-lines.js';
import type { QualityFacts } from '../gather/quality-counts.js';
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

export const digestKey = (scope: string, year: number) => `${scope}|${year}`;

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
    forget(years, digestKey('national', year));
    // Tag sets only grow, so these are every län the record was ever placed under.
    for (const tag of entry.tagSet.tags) if (tag.startsWith('lan:')) forget(years, digestKey(tag.slice(4), year));
  }
  if (streamCategory(stream) === 'plan') for (const key of [...(years.byPlan.get(streamId(stream)) ?? [])]) forget(years, key);
}

/** Keeps a digest for reports, and notes the plans it asked about. */
export function keepDigest(years: ReportYears, key: string, digest: YearDigest): void {
  years.digests.set(key, digest);
  for (const planId of digest.consulted) {
    let keys = years.byPlan.get(planId);
    if (!keys) years.byPlan.set(planId, (keys = new Set()));
    keys.add(key);
  }
}
