import fc from 'fast-check';
import { parseDecisionDate } from '../../ledger/domain/decision-date.js';
import { dayDate, dayNumber, isoDayOf } from './day-dates.js';

describe('decision days', () => {
  it('agree with parseDecisionDate for plain years, months and days, valid or not', () => {
    const plain = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.option(fc.integer({ min: 0, max: 13 })), fc.option(fc.integer({ min: 0, max: 32 })));
    fc.assert(
      fc.property(plain, ([year, month, day]) => {
        const text = [String(year), month === null ? null : String(month).padStart(2, '0'), month === null || day === null ? null : String(day).padStart(2, '0')]
          .filter((part) => part !== null)
          .join('-');
        let expected: ReturnType<typeof parseDecisionDate> | null;
        try {
          expected = parseDecisionDate(text);
        } catch {
          expected = null;
        }
        const actual = dayDate(text);
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toEqual({ ...expected, earliestDay: dayNumber(expected.earliest), latestDay: dayNumber(expected.latest) });
      }),
      { numRuns: 500 },
    );
  });

  it('reads seasons and qualified dates through the EDTF parser', () => {
    expect(dayDate('2022-23')).toMatchObject({ precision: 'season', earliest: '2022-09-01', latest: '2022-11-30' });
    expect(dayDate('2022~')).toMatchObject({ precision: 'year', approximate: true });
    expect(dayDate('våren 2022')).toBeNull();
    expect(dayDate(null)).toBeNull();
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDayOf(dayNumber('2022-06-16'))).toBe('2022-06-16');
  });
});
