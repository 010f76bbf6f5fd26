import { cachedAtNow, type NowCache } from './now-cache.js';

describe('cachedAtNow', () => {
  const counting = () => {
    let calls = 0;
    return { derive: () => ++calls, calls: () => calls };
  };

  it('derives at "now" once while the record keeps its version, and again after it changes', () => {
    const record: { version: number; cache: NowCache } = { version: 1, cache: null };
    const { derive, calls } = counting();
    expect(cachedAtNow(record, 'cache', null, derive)).toBe(1);
    expect(cachedAtNow(record, 'cache', null, derive)).toBe(1);
    record.version = 2;
    expect(cachedAtNow(record, 'cache', null, derive)).toBe(2);
    expect(calls()).toBe(2);
  });

  it('derives every time at a past record time and leaves the slot alone', () => {
    const record: { version: number; cache: NowCache } = { version: 1, cache: null };
    const { derive } = counting();
    expect(cachedAtNow(record, 'cache', 1_000, derive)).toBe(1);
    expect(cachedAtNow(record, 'cache', 1_000, derive)).toBe(2);
    expect(record.cache).toBeNull();
  });

  it('keeps a null answer too', () => {
    const record: { version: number; other: NowCache } = { version: 3, other: null };
    let calls = 0;
    const derive = () => {
      calls += 1;
      return null;
    };
    cachedAtNow(record, 'other', null, derive);
    expect(cachedAtNow(record, 'other', null, derive)).toBeNull();
    expect(calls).toBe(1);
  });
});
