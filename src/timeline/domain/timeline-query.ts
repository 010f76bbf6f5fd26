import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { DayDate } from '../../projections/domain/day-dates.js';
import { dataAt, isVisibleAt, type AsOf } from '../../projections/domain/versioned.js';
import { factsOf, type EntryFacts } from './entry-facts.js';
import type { OrderedIndex } from './ordered-index.js';
import { settleTimeline } from './timeline-placement.js';
import type { EntryData, LanOf, TimelineEntry, TimelineState } from './timeline-state.js';
import { timelineItem, type TimelineItem } from './timeline-item.js';

export interface TimelineCursor {
  readonly key: number;
  readonly position: number;
}

export interface TimelineQuery {
  readonly actor?: ActorId;
  /** The län's own decisions and those of its region and kommuner (`lan:17`). */
  readonly lan?: ActorId;
  /** Plan kind or initiative kind. */
  readonly kind?: string;
  readonly program?: string;
  readonly focus?: string;
  readonly target?: string;
  /** Decision time: entries that may fall on or after this date's first day. */
  readonly from?: DayDate;
  /** Decision time: entries that may fall on or before this date's last day. */
  readonly to?: DayDate;
  readonly asOf?: AsOf;
  readonly cursor?: TimelineCursor | null;
  readonly limit?: number;
}

export interface TimelinePage {
  readonly items: TimelineItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A page of 25: what a reader scans at once, and a small answer to send. */
export const DEFAULT_LIMIT = 25;
/** The longest an imprecise date can reach back from its last day (a year, leap or not). */
const LONGEST_SPAN_DAYS = 366;

/** An entry a query selects, with its data, facts and order key as the ledger knew them at the query's `asOf`. */
export interface Hit {
  readonly entry: TimelineEntry;
  readonly facts: EntryFacts;
  readonly data: EntryData;
  readonly key: number;
}

/**
 * Reads a page of the timeline in decision-time order. Walks the smallest
 * index any filter selects from the cursor on, so a page costs O(log n +
 * page) at "now". At an earlier `asOf` it filters by record time and merges
 * in the few entries whose date was corrected later (they sat elsewhere then).
 */
export function queryTimeline(state: TimelineState, query: TimelineQuery, lanOf: LanOf): TimelinePage {
  settleTimeline(state);
  const asOf = effectiveAsOf(state, query.asOf);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const page = hitsInOrder(state, query, asOf, lanOf, limit + 1);
  const items = page.slice(0, limit).map((hit) => timelineItem(hit.entry, hit.data, hit.facts, asOf));
  const last = page[limit - 1];
  return { items, nextCursor: page.length > limit && last ? `${last.key}:${last.entry.position}` : null };
}

/** Null ("now", the fast path) unless `asOf` lies before the latest record time applied. */
export const effectiveAsOf = (state: TimelineState, asOf: AsOf | undefined): AsOf =>
  asOf === undefined || asOf === null || asOf >= state.maxRecordedAt ? null : asOf;

/** The first `wanted` hits in decision-time order (a settled state, an effective `asOf`). */
export function hitsInOrder(state: TimelineState, query: TimelineQuery, asOf: AsOf, lanOf: LanOf, wanted: number): Hit[] {
  const index = smallestIndex(state, query);
  const hits: Hit[] = [];
  if (index) walk(index, query, asOf, lanOf, wanted, hits);
  return asOf === null ? hits : mergeMoved(hits, movedHits(state, query, asOf, lanOf), wanted);
}

export function smallestIndex(state: TimelineState, query: TimelineQuery): OrderedIndex<TimelineEntry> | null {
  const tags = [
    query.actor && `actor:${query.actor}`,
    query.lan && `lan:${query.lan}`,
    query.kind && `kind:${query.kind}`,
    query.program && `program:${query.program}`,
  ].filter((tag): tag is string => !!tag);
  if (tags.length === 0) return state.indexes.get('all') ?? null;
  let best: OrderedIndex<TimelineEntry> | null = null;
  for (const tag of tags) {
    const index = state.indexes.get(tag);
    if (!index) return null;
    if (!best || index.size < best.size) best = index;
  }
  return best;
}

function walk(index: OrderedIndex<TimelineEntry>, query: TimelineQuery, asOf: AsOf, lanOf: LanOf, wanted: number, hits: Hit[]): void {
  const start = startOf(query);
  const cursor = index.seek(start.key, start.position);
  const toDay = query.to?.latestDay ?? Number.POSITIVE_INFINITY;
  for (let entry = index.next(cursor); entry && hits.length < wanted; entry = index.next(cursor)) {
    if (entry.key > toDay) return;
    const hit = hitAt(entry, query, asOf, lanOf);
    // An entry whose date differed at `asOf` is taken from the moved list instead.
    if (hit && hit.key === entry.key) hits.push(hit);
  }
}

/** Where a walk starts: after the cursor, and early enough to meet imprecise dates that reach into `from`. */
export function startOf(query: TimelineQuery): TimelineCursor {
  const fromKey = query.from ? query.from.earliestDay - LONGEST_SPAN_DAYS : Number.NEGATIVE_INFINITY;
  const cursor = query.cursor;
  if (cursor && cursor.key >= fromKey) return cursor;
  return { key: fromKey, position: Number.NEGATIVE_INFINITY };
}

function hitAt(entry: TimelineEntry, query: TimelineQuery, asOf: AsOf, lanOf: LanOf): Hit | null {
  if (!isVisibleAt(entry, asOf)) return null;
  const head = entry.subject.head;
  if (head && head !== entry && !isVisibleAt(head, asOf)) return null;
  const data = dataAt(entry, asOf);
  const facts = factsOf(entry.type, data, head && head !== entry ? dataAt(head, asOf) : data);
  const date = facts.date;
  if (!date) return null;
  if (query.from && date.latestDay < query.from.earliestDay) return null;
  if (query.to && date.earliestDay > query.to.latestDay) return null;
  if (query.cursor && !isAfter(date.earliestDay, entry.position, query.cursor)) return null;
  if (!matches(facts, query, lanOf)) return null;
  return { entry, facts, data, key: date.earliestDay };
}

const isAfter = (key: number, position: number, cursor: TimelineCursor) =>
  key > cursor.key || (key === cursor.key && position > cursor.position);

export function matches(facts: EntryFacts, query: TimelineQuery, lanOf: LanOf): boolean {
  if (query.actor && !facts.actors.includes(query.actor)) return false;
  if (query.lan && !facts.actors.some((actor) => lanOf(actor) === query.lan)) return false;
  if (query.kind && facts.kind !== query.kind) return false;
  if (query.program && facts.program !== query.program) return false;
  if (query.focus && !facts.focusAreas.includes(query.focus)) return false;
  if (query.target && !facts.targetGroups.includes(query.target)) return false;
  return true;
}

/** Entries whose decision day at `asOf` differs from their current one, in the order they had then. */
function movedHits(state: TimelineState, query: TimelineQuery, asOf: number, lanOf: LanOf): Hit[] {
  const hits: Hit[] = [];
  for (const entry of state.rekeyed) {
    const hit = hitAt(entry, query, asOf, lanOf);
    if (hit && hit.key !== entry.key) hits.push(hit);
  }
  return hits.sort((a, b) => a.key - b.key || a.entry.position - b.entry.position);
}

function mergeMoved(walked: Hit[], moved: Hit[], wanted: number): Hit[] {
  if (moved.length === 0) return walked;
  const merged: Hit[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < wanted && (i < walked.length || j < moved.length)) {
    const a = walked[i];
    const b = moved[j];
    if (!b || (a && (a.key < b.key || (a.key === b.key && a.entry.position < b.entry.position)))) merged.push(walked[i++]);
    else merged.push(moved[j++]);
  }
  return merged;
}
