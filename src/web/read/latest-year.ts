import { isVisibleAt, type AsOf } from '../../projections/domain/versioned.js';
import type { TimelineState } from '../../timeline/domain/timeline-state.js';

/**
 * The latest year in which the ledger (as known at `asOf`) has a decision:
 * the year the dashboard compares with the one before. Published figures
 * are dated when published, not for the year they describe, so they do not count.
 */
export function latestDecisionYear(state: TimelineState, asOf: AsOf, notAfter: number): number | null {
  let latest: number | null = null;
  for (const entry of state.entries) {
    if (entry.type === 'FigurePublished' || !entry.date || !isVisibleAt(entry, asOf)) continue;
    const year = Number(entry.date.earliest.slice(0, 4));
    if (year <= notAfter && (latest === null || year > latest)) latest = year;
  }
  return latest;
}
