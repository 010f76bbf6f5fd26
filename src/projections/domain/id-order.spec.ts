import fc from 'fast-check';
import { inIdOrder } from './id-order.js';

describe('records in id order', () => {
  it('equals a sort of the whole map however it grew between two asks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 4 }), { maxLength: 8 }), { maxLength: 6 }), (batches) => {
        const map = new Map<string, { id: string }>();
        for (const batch of batches) {
          for (const id of batch) if (!map.has(id)) map.set(id, { id });
          const sorted = [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          expect(inIdOrder(map)).toEqual(sorted);
        }
      }),
    );
  });

  it('hands back the same order while the map has not grown', () => {
    const map = new Map([['b', { id: 'b' }], ['a', { id: 'a' }]]);
    expect(inIdOrder(map)).toBe(inIdOrder(map));
    expect(inIdOrder(map).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
