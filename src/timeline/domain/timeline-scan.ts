import type { DayDate } from '../../projections/domain/day-dates.js';
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
  walkNow(state, query, startOf(query).key, query.from?.earliestDay ?? Number.NEGATIVE_INFINITY, query.to?.latestDay ?? Number.POSITIVE_INFINITY, lanOf, visit);
}

/**
 * As the ledger knows it now: the entries the query's filters select whose
 * first possible day lies within `firstDay`..`lastDay`, in timeline order.
 * Consecutive slices of days give one pass over the timeline in parts.
 */
export function scanFirstDays(state: TimelineState, query: TimelineScan, firstDay: number, lastDay: number, lanOf: LanOf, visit: (entry: TimelineEntry, date: DayDate) => void): void {
  settleTimeline(state);
  walkNow(state, query, firstDay, firstDay, lastDay, lanOf, visit);
}

/** Walks the smallest index the query's filters select from `startKey` on: the entries that may fall within `fromDay`..`toDay`, at "now". */
function walkNow(state: TimelineState, query: TimelineScan, startKey: number, fromDay: number, toDay: number, lanOf: LanOf, visit: (entry: TimelineEntry, date: DayDate) => void): void {
  const index = smallestIndex(state, query);
  if (!index) return;
  const filtered = !!(query.actor || query.lan || query.kind || query.program || query.focus || query.target);
  const cursor = index.seek(startKey, Number.NEGATIVE_INFINITY);
  for (let entry = index.next(cursor); entry; entry = index.next(cursor)) {
    if (entry.key > toDay) return;
    if (entry.retraction !== null) continue;
    const head = entry.subject.head;
    const ofHead = head !== null && head !== entry;
    if (ofHead && head.retraction !== null) continue;
    // An entry's date follows its current data alone (see factsOf), so at "now" it is the date a query would compute.
    const date = entry.date;
    if (date === null || date.latestDay < fromDay || date.earliestDay > toDay) continue;
    if (filtered && !matches(factsOf(entry.type, entry.current, ofHead ? head.current : entry.current), query, lanOf)) continue;
    visit(entry, date);
  }
}
