/** The typed arrays a column can be made of, by name: a state holds no functions, so it can be compared and copied as data. */
export interface ColumnKinds {
  f64: Float64Array;
  u32: Uint32Array;
  u16: Uint16Array;
  u8: Uint8Array;
}

const MAKE: { readonly [K in keyof ColumnKinds]: (length: number) => ColumnKinds[K] } = {
  f64: (length) => new Float64Array(length),
  u32: (length) => new Uint32Array(length),
  u16: (length) => new Uint16Array(length),
  u8: (length) => new Uint8Array(length),
};

const SHIFT = 16;
/** Slots in every chunk but a small first one. */
export const CHUNK_SLOTS = 1 << SHIFT;
const MASK = CHUNK_SLOTS - 1;
const FIRST_SLOTS = 1024;

/** Which chunk of a column holds `slot`. */
export const chunkIndexOf = (slot: number): number => slot >>> SHIFT;
/** Where `slot` is in its chunk, for a column of width 1. */
export const slotInChunk = (slot: number): number => slot & MASK;

/**
 * A typed column that grows by adding a chunk, never by copying itself.
 * A column grown by doubling leaves its old array to be freed by the next
 * full collection, and V8 counts it until then: at a million events the
 * audit's and the timeline's columns doubled to 55 MB beside 27 MB of
 * copies, and that memory outside the heap started a full collection near
 * the end of a rebuild (V8 starts one once 64 MB more is held outside the heap
 * than at the last), 0.4–0.9 s of pause. Only the first chunk grows, by
 * doubling up to a whole chunk, so a small ledger stays small.
 * Each slot is `width` consecutive items.
 */
export class ChunkedColumn<K extends keyof ColumnKinds> {
  private readonly chunks: ColumnKinds[K][] = [];

  constructor(
    private readonly kind: K,
    readonly width = 1,
  ) {}

  /** The value at `slot` of a column of width 1. */
  get(slot: number): number {
    return this.chunks[slot >>> SHIFT][slot & MASK];
  }

  /** Writes the value at `slot` of a column of width 1. */
  set(slot: number, value: number): void {
    this.writable(slot)[slot & MASK] = value;
  }

  /** The chunk holding `slot`, which must have been written (see offsetOf). */
  chunkOf(slot: number): ColumnKinds[K] {
    return this.chunks[slot >>> SHIFT];
  }

  /** Where `slot`'s first item is in its chunk. */
  offsetOf(slot: number): number {
    return (slot & MASK) * this.width;
  }

  /** The chunk holding `slot`, added or grown so the slot can be written. */
  writable(slot: number): ColumnKinds[K] {
    const index = slot >>> SHIFT;
    const chunk = this.chunks[index];
    if (chunk !== undefined && chunk.length > (slot & MASK) * this.width) return chunk;
    while (this.chunks.length < index) this.chunks.push(MAKE[this.kind](CHUNK_SLOTS * this.width));
    if (index > 0) return (this.chunks[index] = MAKE[this.kind](CHUNK_SLOTS * this.width));
    let slots = chunk === undefined ? FIRST_SLOTS : chunk.length / this.width;
    while (slots <= slot) slots *= 2;
    const grown = MAKE[this.kind](slots * this.width);
    if (chunk !== undefined) grown.set(chunk);
    return (this.chunks[0] = grown);
  }
}
