import type { FigureData } from '../../projections/domain/compact-data.js';
import type { DayDate } from '../../projections/domain/day-dates.js';
import { dataAt, type AsOf } from '../../projections/domain/versioned.js';
import type { TimelineEntry } from '../../timeline/domain/timeline-state.js';
import type { EntryReader } from '../domain/timeline-lines.js';
import { publisherName, type ReportReadModels } from './read-models.js';

/**
 * Reads the timeline's records as the ledger knew them at `asOf` (their own
 * current fields at "now"), as a report entry made of them would show them.
 * `datesThen` holds the decision dates that differed at `asOf` (corrected since).
 */
export function readerAt(models: ReportReadModels, asOf: AsOf, datesThen: ReadonlyMap<TimelineEntry, DayDate>): EntryReader<TimelineEntry> {
  return {
    type: (entry) => entry.type,
    date: asOf === null ? (entry) => entry.date! : (entry) => datesThen.get(entry) ?? entry.date!,
    aggregateId: (entry) =>
      entry.subject.category === 'indicator' ? ((dataAt(entry, asOf) as FigureData).indicatorId ?? entry.eventId) : entry.subject.id,
    eventId: (entry) => entry.eventId,
    publisher: (entry) => publisherName(models, (dataAt(entry, asOf) as FigureData).publisher),
  };
}

const NONE: ReadonlyMap<TimelineEntry, DayDate> = new Map();

export const readerAtNow = (models: ReportReadModels): EntryReader<TimelineEntry> => readerAt(models, null, NONE);
