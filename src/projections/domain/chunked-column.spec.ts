import fc from 'fast-check';
import { CHUNK_SLOTS, ChunkedColumn } from './chunked-column.js';

describe('a chunked column', () => {
  it('gives back every value as written, in the growing first chunk and in the chunks after it', () => {
    const column = new ChunkedColumn('f64');
    const slots = 2 * CHUNK_SLOTS + 17;
    for (let slot = 0; slot < slots; slot++) column.set(slot, slot * 1.5);
    const misread = Array.from({ length: slots }, (_, slot) => slot).filter((slot) => column.get(slot) !== slot * 1.5);
    expect(misread).toEqual([]);
  });

  it('keeps what it holds when slots are written out of order and past a gap', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 3 * CHUNK_SLOTS }), { minLength: 1, maxLength: 300 }), (slots) => {
        const column = new ChunkedColumn('u32');
        slots.forEach((slot, order) => column.set(slot, order + 1));
        slots.forEach((slot, order) => expect(column.get(slot)).toBe(order + 1));
      }),
      { numRuns: 40 },
    );
  });

  it('places a slot of several items at its offset in its chunk', () => {
    const column = new ChunkedColumn('u8', 16);
    const slot = CHUNK_SLOTS + 3;
    column.writable(slot)[column.offsetOf(slot) + 15] = 200;
    expect(column.offsetOf(slot)).toBe(3 * 16);
    expect(column.chunkOf(slot)[3 * 16 + 15]).toBe(200);
    expect(column.chunkOf(slot).length).toBe(CHUNK_SLOTS * 16);
  });

  it('starts small and grows its first chunk only as far as it is written', () => {
    const column = new ChunkedColumn('u16');
    column.set(0, 1);
    expect(column.chunkOf(0).length).toBe(1024);
    column.set(5000, 2);
    expect(column.chunkOf(0).length).toBe(8192);
    expect([column.get(0), column.get(5000)]).toEqual([1, 2]);
  });
});
