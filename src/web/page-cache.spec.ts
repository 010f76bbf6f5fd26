import { PageCache } from './page-cache.js';

describe('the page cache', () => {
  it('gives a page back at the checkpoint it was made at, and never at another', () => {
    const cache = new PageCache();
    cache.set('/lan/17?#2026-12-01#', 41, '<p>41</p>');
    expect(cache.get('/lan/17?#2026-12-01#', 41)).toBe('<p>41</p>');
    expect(cache.get('/lan/17?#2026-12-01#', 42)).toBeUndefined();
    expect(cache.get('/lan/12?#2026-12-01#', 41)).toBeUndefined();
    cache.set('/lan/12?#2026-12-01#', 42, '<p>42</p>');
    expect(cache.get('/lan/17?#2026-12-01#', 41)).toBeUndefined();
    expect(cache.get('/lan/12?#2026-12-01#', 42)).toBe('<p>42</p>');
  });

  it('starts over when full, and keeps no page larger than all it may hold', () => {
    const cache = new PageCache(10);
    cache.set('a', 1, '12345');
    cache.set('a', 1, '12345');
    cache.set('b', 1, '12345');
    expect([cache.get('a', 1), cache.get('b', 1)]).toEqual(['12345', '12345']);
    cache.set('c', 1, '1');
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, undefined, '1']);
    cache.set('d', 1, '12345678901');
    expect([cache.get('c', 1), cache.get('d', 1)]).toEqual([undefined, undefined]);
  });
});
