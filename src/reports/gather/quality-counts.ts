import type { DayDate } from '../../projections/domain/day-dates.js';
import type { TimelineEntry } from '../../timeline/domain/timeline-state.js';
import type { DataQualityFacts } from '../domain/report-input.js';

export type QualityFacts = Omit<DataQualityFacts, 'undatedLeftOut'>;

/**
 * The data-quality facts of entries as they pass: imprecise dates by precision
 * and sources without URL, over decisions (published figures are not
 * decisions). Counts of parts of a range add up to the range's.
 */
export class QualityCounts {
  events = 0;
  decisions = 0;
  withoutSourceUrl = 0;
  readonly imprecise: Record<'month' | 'season' | 'year', number> = { month: 0, season: 0, year: 0 };

  add(entry: TimelineEntry, date: DayDate): void {
    this.events += 1;
    if (entry.type !== 'FigurePublished') {
      this.decisions += 1;
      if (date.precision !== 'day') this.imprecise[date.precision] += 1;
    }
    if (!entry.source.url) this.withoutSourceUrl += 1;
  }

  addAll(other: QualityFacts): void {
    this.events += other.events;
    this.decisions += other.decisions;
    this.withoutSourceUrl += other.withoutSourceUrl;
    for (const precision of ['month', 'season', 'year'] as const) this.imprecise[precision] += other.imprecise[precision] ?? 0;
  }

  facts(): QualityFacts {
    return { events: this.events, decisions: this.decisions, imprecise: { ...this.imprecise }, withoutSourceUrl: this.withoutSourceUrl };
  }
}
