import type { RecordedEvent } from '../event-store.port.js';
import { recordedEvent, toRecordedEvent, type EventRow } from './sqlite-rows.js';

/**
 * A page of the log as read, its events made one at a time when delivered:
 * parsing a whole page up front keeps a page of parsed events alive long
 * enough to be promoted to the old generation as garbage.
 */
export interface EventPage {
  readonly length: number;
  event(index: number): RecordedEvent;
}

/** A page read on this thread: rows with the data and metadata still as JSON text. */
export function rowsPage(rows: readonly EventRow[]): EventPage {
  return { length: rows.length, event: (index) => toRecordedEvent(rows[index]) };
}

/**
 * A page read by the reader thread: every row as one JSON array
 * (`[position, id, stream, revision, type, data, metadata, recordedAt]`),
 * the rows concatenated in a few texts; row i ends at `ends[i]` in text
 * `chunkOf[i]`. A few strings cross between threads at the cost of a copy,
 * where a page of strings would be cloned one by one.
 */
export function textPage(chunks: readonly string[], chunkOf: Uint16Array, ends: Uint32Array): EventPage {
  return {
    length: ends.length,
    event: (index) => {
      const chunk = chunkOf[index];
      const start = index === 0 || chunkOf[index - 1] !== chunk ? 0 : ends[index - 1];
      const row = JSON.parse(chunks[chunk].slice(start, ends[index])) as [number, string, string, number, string, Record<string, unknown>, Record<string, unknown>, number];
      return recordedEvent(row, row[5], row[6]);
    },
  };
}
