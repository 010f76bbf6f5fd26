import type { TrendReport } from './domain/trend-report.js';
import { TrendReportCache } from './report-cache.js';

const request = { from: 2019, to: 2023, scope: 'national' as const, asOf: null };
const report = (title: string) => ({ title }) as TrendReport;

describe('reports kept per ledger position', () => {
  it('tells positions, ranges, scopes and record times apart', () => {
    const keys = new Set([
      TrendReportCache.key(10, request),
      TrendReportCache.key(11, request),
      TrendReportCache.key(null, request),
      TrendReportCache.key(10, { ...request, to: 2022 }),
      TrendReportCache.key(10, { ...request, scope: 'lan:17' }),
      TrendReportCache.key(10, { ...request, asOf: new Date('2022-05-20T00:00:00Z') }),
    ]);
    expect(keys.size).toBe(6);
  });

  it('lets the least recently asked report go first', () => {
    const cache = new TrendReportCache(2);
    cache.set('a', report('a'));
    cache.set('b', report('b'));
    cache.get('a');
    cache.set('c', report('c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.title).toBe('a');
    expect(cache.get('c')?.title).toBe('c');
  });
});
