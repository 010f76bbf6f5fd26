import type { EventPage, MetadataFields } from '../event-store.port.js';
import { recordedEvent, toRecordedEvent, type EventRow } from './sqlite-rows.js';

/** A page read on this thread: rows with the data and metadata still as JSON text. */
export function rowsPage(rows: readonly EventRow[]): EventPage {
  return { length: rows.length, event: (index) => toRecordedEvent(rows[index]), lastPosition: rows.length > 0 ? rows[rows.length - 1][0] : undefined };
}

/** What the reader thread sends for a page; see textPage. */
export interface PageTexts {
  readonly chunks: readonly string[];
  readonly chunkOf: Uint16Array;
  readonly ends: Uint32Array;
  /** Per row and requested metadata field: the number of a shared value that stands for it, or -1. */
  readonly refs: Int32Array;
  /** Per row: the numbers of its stream and of its type, in `names`. */
  readonly namesOf: Uint32Array;
  /** Position of the last row (of the one before, for an empty page). */
  readonly last: number;
}

/**
 * A page read by the reader thread: every row as one JSON array
 * (`[position, id, 0, revision, 0, data, metadata, recordedAt]`),
 * the rows concatenated in a few texts; row i ends at `ends[i]` in text
 * `chunkOf[i]`. A few strings cross between threads at the cost of a copy,
 * where a page of strings would be cloned one by one. The zeros stand for the
 * stream and the type, put back by number from `names`: every event of a
 * stream gets the one string. A metadata field
 * whose value is an object is shared (see page-reader.worker.mjs): left out of the row's text
 * and put back from `shared`: the events citing one source get one frozen
 * object, parsed once.
 */
export function textPage(texts: PageTexts, fields: MetadataFields, shared: readonly unknown[], names: readonly string[]): EventPage {
  const { chunks, chunkOf, ends, refs, namesOf } = texts;
  const width = fields.length;
  return {
    length: ends.length,
    lastPosition: ends.length > 0 ? texts.last : undefined,
    event: (index) => {
      const chunk = chunkOf[index];
      const start = index === 0 || chunkOf[index - 1] !== chunk ? 0 : ends[index - 1];
      const row = JSON.parse(chunks[chunk].slice(start, ends[index])) as [number, string, string, number, string, Record<string, unknown>, Record<string, unknown>, number];
      row[2] = names[namesOf[2 * index]];
      row[4] = names[namesOf[2 * index + 1]];
      for (let f = 0; f < width; f++) {
        const ref = refs[index * width + f];
        if (ref >= 0) row[6][fields[f]] = shared[ref];
      }
      return recordedEvent(row, row[5], row[6]);
    },
  };
}
