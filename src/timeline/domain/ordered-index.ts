/** What an ordered index orders: a decision day and the log position that breaks ties. */
export interface Ordered {
  readonly position: number;
  key: number;
}

const CHUNK = 512;

/** A place in an index: chunk and offset. */
export interface IndexCursor {
  chunk: number;
  offset: number;
}

const notAfter = (a: Ordered, key: number, position: number) => a.key < key || (a.key === key && a.position <= position);

/**
 * Entries in (decision day, position) order, kept in chunks so that an insert
 * or a removal moves at most a chunk, not the whole index: a live write costs
 * O(log n + chunk) however long the log is. Bulk loads append in order.
 */
export class OrderedIndex<E extends Ordered> {
  private chunks: E[][] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.chunks = [];
    this.count = 0;
  }

  /** Adds an entry known to sort after every entry already in the index. */
  append(entry: E): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last !== undefined && last.length < CHUNK) last.push(entry);
    else this.chunks.push([entry]);
    this.count++;
  }

  insert(entry: E): void {
    if (this.chunks.length === 0) return this.append(entry);
    const c = this.chunkFor(entry.key, entry.position);
    const chunk = this.chunks[c];
    chunk.splice(this.offsetAfter(chunk, entry.key, entry.position), 0, entry);
    this.count++;
    if (chunk.length >= 2 * CHUNK) this.chunks.splice(c, 1, chunk.slice(0, CHUNK), chunk.slice(CHUNK));
  }

  /** Removes the entry that was placed under `key` (its key before a change). */
  remove(entry: E, key: number): boolean {
    if (this.chunks.length === 0) return false;
    const c = this.chunkFor(key, entry.position);
    const chunk = this.chunks[c];
    const offset = this.offsetAfter(chunk, key, entry.position) - 1;
    if (offset < 0 || chunk[offset] !== entry) return false;
    chunk.splice(offset, 1);
    this.count--;
    if (chunk.length === 0) this.chunks.splice(c, 1);
    return true;
  }

  /** The first place holding an entry after (key, position). */
  seek(key: number, position: number): IndexCursor {
    if (this.chunks.length === 0) return { chunk: 0, offset: 0 };
    const c = this.chunkFor(key, position);
    return { chunk: c, offset: this.offsetAfter(this.chunks[c], key, position) };
  }

  /** The entry at the cursor, moving the cursor on; undefined at the end. */
  next(cursor: IndexCursor): E | undefined {
    while (cursor.chunk < this.chunks.length) {
      const chunk = this.chunks[cursor.chunk];
      if (cursor.offset < chunk.length) return chunk[cursor.offset++];
      cursor.chunk++;
      cursor.offset = 0;
    }
    return undefined;
  }

  /** The last chunk whose first entry is not after (key, position), or the first chunk. */
  private chunkFor(key: number, position: number): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (notAfter(this.chunks[mid][0], key, position)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of the first entry in the chunk after (key, position). */
  private offsetAfter(chunk: readonly E[], key: number, position: number): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (notAfter(chunk[mid], key, position)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every entry in order (for tests and the rebuild check). */
  toArray(): E[] {
    return this.chunks.flat();
  }
}
