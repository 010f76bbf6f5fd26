import type { DayDate } from '../../projections/domain/day-dates.js';
import { retractionOfRecord } from '../../projections/domain/versioned.js';
import { factsOf } from './entry-facts.js';
import { settleTimeline } from './timeline-placement.js';
import { effectiveAsOf, hitsInOrder, matches, smallestIndex, startOf, type TimelineQuery } from './timeline-query.js';
import type { LanOf, TimelineEntry, TimelineState } from './timeline-state.js';

/** A whole-range question: the filters of a timeline query, without paging. */
export type TimelineScan = Omit<TimelineQuery, 'cursor' | 'limit'>;

/**
 * Hands `visit` every entry the query selects, in the order its pages list
 * them, with its decision date as the ledger knew it at `asOf`: for passes
 * that count and select over most of the log (a national report reads nearly
 * every entry), where an item per entry would be most of the cost.
 *
 * At "now" it reads each entry's own current date and visibility and builds
 * nothing, facts only when a filter needs them. At an earlier `asOf` the
 * entries' data, facts and order are those of that time, so it takes the
 * query's own path (facts per entry, moved entries merged in): slower, and
 * the same answer by construction.
 */
export function scanTimeline(state: TimelineState, query: TimelineScan, lanOf: LanOf, visit: (entry: TimelineEntry, date: DayDate) => void): void {
  settleTimeline(state);
  const asOf = effectiveAsOf(state, query.asOf);
  if (asOf !== null) {
    for (const hit of hitsInOrder(state, query, asOf, lanOf, Number.POSITIVE_INFINITY)) visit(hit.entry, hit.facts.date!);
    return;
  }
  walkNow(state, query, startOf(query), query.from?.earliestDay ?? Number.NEGATIVE_INFINITY, query.to?.latestDay ?? Number.POSITIVE_INFINITY, lanOf, visit);
}

/** Where a scan in parts goes on: after the entry at (key, position) in timeline order. */
export interface ScanPlace {
  readonly key: number;
  readonly position: number;
}

/** The place before every entry whose first possible day is `day` or later. */
export const startOfDay = (day: number): ScanPlace => ({ key: day, position: Number.NEGATIVE_INFINITY });

/**
 * As the ledger knows it now: the entries the query's filters select whose
 * first possible day lies from `from` to `lastDay`, in timeline order,
 * walking at most `limit` entries of the index. Returns where the next part
 * starts, or null once these days are done: consecutive parts, of days or of
 * entries, give one pass over the timeline.
 */
export function scanFirstDays(
  state: TimelineState,
  query: TimelineScan,
  from: ScanPlace,
  lastDay: number,
  lanOf: LanOf,
  visit: (entry: TimelineEntry, date: DayDate) => void,
  limit = Number.POSITIVE_INFINITY,
): ScanPlace | null {
  settleTimeline(state);
  return walkNow(state, query, from, from.key, lastDay, lanOf, visit, limit);
}

/** Walks the smallest index the query's filters select from after `start`: the entries that may fall within `fromDay`..`toDay`, at "now". */
function walkNow(
  state: TimelineState,
  query: TimelineScan,
  start: ScanPlace,
  fromDay: number,
  toDay: number,
  lanOf: LanOf,
  visit: (entry: TimelineEntry, date: DayDate) => void,
  limit = Number.POSITIVE_INFINITY,
): ScanPlace | null {
  const index = smallestIndex(state, query);
  if (!index) return null;
  const filtered = !!(query.actor || query.lan || query.kind || query.program || query.focus || query.target);
  const cursor = index.seek(start.key, start.position);
  let walked = 0;
  let last: TimelineEntry | null = null;
  for (let entry = index.next(cursor); entry; entry = index.next(cursor)) {
    if (entry.key > toDay) return null;
    if (walked === limit && last !== null) return { key: last.key, position: last.position };
    walked++;
    last = entry;
    if (retractionOfRecord(entry) !== null) continue;
    const head = entry.subject.head;
    const ofHead = head !== null && head !== entry;
    if (ofHead && retractionOfRecord(head) !== null) continue;
    // An entry's date follows its current data alone (see factsOf), so at "now" it is the date a query would compute.
    const date = entry.date;
    if (date === null || date.latestDay < fromDay || date.earliestDay > toDay) continue;
    if (filtered && !matches(factsOf(entry.type, entry.current, ofHead ? head.current : entry.current), query, lanOf)) continue;
    visit(entry, date);
  }
  return null;
}
