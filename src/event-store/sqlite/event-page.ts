import type { MetadataFields, RecordedEvent } from '../event-store.port.js';
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

/** What the reader thread sends for a page; see textPage. */
export interface PageTexts {
  readonly chunks: readonly string[];
  readonly chunkOf: Uint16Array;
  readonly ends: Uint32Array;
  /** Per row and requested metadata field: the number of a shared value that stands for it, or -1. */
  readonly refs: Int32Array;
}

/**
 * A page read by the reader thread: every row as one JSON array
 * (`[position, id, stream, revision, type, data, metadata, recordedAt]`),
 * the rows concatenated in a few texts; row i ends at `ends[i]` in text
 * `chunkOf[i]`. A few strings cross between threads at the cost of a copy,
 * where a page of strings would be cloned one by one. A metadata field
 * whose value is an object is shared (see page-reader.worker.mjs): left out of the row's text
 * and put back from `shared`: the events citing one source get one frozen
 * object, parsed once.
 */
export function textPage(texts: PageTexts, fields: MetadataFields, shared: readonly unknown[]): EventPage {
  const { chunks, chunkOf, ends, refs } = texts;
  const width = fields.length;
  return {
    length: ends.length,
    event: (index) => {
      const chunk = chunkOf[index];
      const start = index === 0 || chunkOf[index - 1] !== chunk ? 0 : ends[index - 1];
      const row = JSON.parse(chunks[chunk].slice(start, ends[index])) as [number, string, string, number, string, Record<string, unknown>, Record<string, unknown>, number];
      for (let f = 0; f < width; f++) {
        const ref = refs[index * width + f];
        if (ref >= 0) row[6][fields[f]] = shared[ref];
      }
      return recordedEvent(row, row[5], row[6]);
    },
  };
}
