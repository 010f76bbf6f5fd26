const HEX_CODES = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** Where the dashes of `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` are. */
const DASHES = [8, 13, 18, 23];
const ID_BYTES = 16;
/** The character codes of the id being spelled out: made flat in one call, where `+=` builds a tree of twenty strings that a kept id keeps too. */
const spelled: number[] = new Array<number>(36).fill(45);

/** A lowercase hex digit's value, or -1. */
function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * The event id and record time of every timeline entry, by log index, in
 * typed arrays. As fields they were a 36-character string and a boxed double
 * per entry: about 70 MB at a million, and two million objects more for every
 * collection to trace. Ids are UUIDs in canonical lowercase form (the stores
 * and the importer write them so); any other id is kept as it came.
 */
export class EntryColumns {
  private ids = new Uint8Array(ID_BYTES * 1024);
  private times = new Float64Array(1024);
  private readonly otherIds = new Map<number, string>();

  set(logIndex: number, eventId: string, recordedAt: number): void {
    if (logIndex >= this.times.length) this.grow(logIndex);
    this.times[logIndex] = recordedAt;
    if (!this.packed(logIndex, eventId)) this.otherIds.set(logIndex, eventId);
  }

  idAt(logIndex: number): string {
    const other = this.otherIds.get(logIndex);
    if (other !== undefined) return other;
    const ids = this.ids;
    const at = logIndex * ID_BYTES;
    let char = 0;
    for (let i = 0; i < ID_BYTES; i++) {
      if (char === 8 || char === 13 || char === 18 || char === 23) char++;
      const byte = ids[at + i];
      spelled[char] = HEX_CODES[byte >> 4];
      spelled[char + 1] = HEX_CODES[byte & 15];
      char += 2;
    }
    return String.fromCharCode(...spelled);
  }

  timeAt(logIndex: number): number {
    return this.times[logIndex];
  }

  /** Writes a canonical UUID's 16 bytes; false (nothing written) for any other id. */
  private packed(logIndex: number, eventId: string): boolean {
    if (eventId.length !== 36) return false;
    for (const dash of DASHES) if (eventId.charCodeAt(dash) !== 45) return false;
    const at = logIndex * ID_BYTES;
    let char = 0;
    for (let i = 0; i < ID_BYTES; i++) {
      if (char === 8 || char === 13 || char === 18 || char === 23) char++;
      const high = hexValue(eventId.charCodeAt(char));
      const low = hexValue(eventId.charCodeAt(char + 1));
      if (high < 0 || low < 0) return false;
      this.ids[at + i] = high * 16 + low;
      char += 2;
    }
    return true;
  }

  private grow(logIndex: number): void {
    let size = this.times.length;
    while (size <= logIndex) size *= 2;
    const times = new Float64Array(size);
    times.set(this.times);
    this.times = times;
    const ids = new Uint8Array(size * ID_BYTES);
    ids.set(this.ids);
    this.ids = ids;
  }
}
