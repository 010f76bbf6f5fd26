import fc from 'fast-check';
import { OrderedIndex } from './ordered-index.js';

interface Item {
  readonly position: number;
  key: number;
}

const order = (a: Item, b: Item) => a.key - b.key || a.position - b.position;

describe('an ordered index', () => {
  it('keeps (day, position) order through inserts, re-keyed removals and chunk splits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean(), fc.integer({ min: 0, max: 50 })), { maxLength: 3000 }),
        (operations) => {
          const index = new OrderedIndex<Item>();
          const model: Item[] = [];
          operations.forEach(([key, rekey, newKey], position) => {
            const item = { position, key };
            index.insert(item);
            model.push(item);
            if (rekey && model.length > 1) {
              const victim = model[(position * 7) % model.length];
              expect(index.remove(victim, victim.key)).toBe(true);
              victim.key = newKey;
              index.insert(victim);
            }
          });
          expect(index.toArray()).toEqual([...model].sort(order));
          expect(index.size).toBe(model.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('seeks to the first entry after a cursor', () => {
    const index = new OrderedIndex<Item>();
    for (let position = 0; position < 2000; position++) index.append({ position, key: Math.floor(position / 10) });
    const cursor = index.seek(57, 574);
    expect(index.next(cursor)).toEqual({ position: 575, key: 57 });
    expect(index.next(index.seek(57, Number.NEGATIVE_INFINITY))).toEqual({ position: 570, key: 57 });
    expect(index.next(index.seek(500, 0))).toBeUndefined();
  });
});
