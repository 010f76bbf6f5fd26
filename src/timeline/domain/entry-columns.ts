import { ChunkedColumn } from '../../projections/domain/chunked-column.js';

const HEX_CODES = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
const ID_BYTES = 16;
/** By byte of an id: where its two hex digits start in `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. */
const CHAR_OF_BYTE = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
/** The character codes of the id being spelled out: made flat in one call, where `+=` builds a tree of twenty strings that a kept id keeps too. */
const spelled: number[] = new Array<number>(36).fill(45);

/** By character code below 128: a lowercase hex digit's value, or -1. */
const HEX_VALUES = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) HEX_VALUES[HEX_CODES[digit]] = digit;

/**
 * The event id and record time of every timeline entry, by log index, in
 * typed arrays. As fields they were a 36-character string and a boxed double
 * per entry: about 70 MB at a million, and two million objects more for every
 * collection to trace. Ids are UUIDs in canonical lowercase form (the stores
 * and the importer write them so); any other id is kept as it came.
 */
export class EntryColumns {
  private readonly ids = new ChunkedColumn('u8', ID_BYTES);
  private readonly times = new ChunkedColumn('f64');
  private readonly otherIds = new Map<number, string>();

  set(logIndex: number, eventId: string, recordedAt: number): void {
    this.times.set(logIndex, recordedAt);
    if (!this.packed(logIndex, eventId)) this.otherIds.set(logIndex, eventId);
  }

  idAt(logIndex: number): string {
    const other = this.otherIds.get(logIndex);
    if (other !== undefined) return other;
    const ids = this.ids.chunkOf(logIndex);
    const at = this.ids.offsetOf(logIndex);
    for (let i = 0; i < ID_BYTES; i++) {
      const byte = ids[at + i];
      spelled[CHAR_OF_BYTE[i]] = HEX_CODES[byte >> 4];
      spelled[CHAR_OF_BYTE[i] + 1] = HEX_CODES[byte & 15];
    }
    return String.fromCharCode(...spelled);
  }

  timeAt(logIndex: number): number {
    return this.times.get(logIndex);
  }

  /** Writes a canonical UUID's 16 bytes; false (nothing usable written) for any other id. */
  private packed(logIndex: number, eventId: string): boolean {
    if (eventId.length !== 36 || eventId.charCodeAt(8) !== 45 || eventId.charCodeAt(13) !== 45 || eventId.charCodeAt(18) !== 45 || eventId.charCodeAt(23) !== 45) return false;
    const ids = this.ids.writable(logIndex);
    const at = this.ids.offsetOf(logIndex);
    let bad = 0;
    for (let i = 0; i < ID_BYTES; i++) {
      const first = eventId.charCodeAt(CHAR_OF_BYTE[i]);
      const second = eventId.charCodeAt(CHAR_OF_BYTE[i] + 1);
      const high = first < 128 ? HEX_VALUES[first] : -1;
      const low = second < 128 ? HEX_VALUES[second] : -1;
      bad |= high | low;
      ids[at + i] = (high << 4) | low;
    }
    return bad >= 0;
  }
}
