import { assertNotAfterRecordTime, parseDecisionDate } from './decision-date.js';

describe('decision dates keep the precision they were recorded with', () => {
  it.each([
    ['2022-03-28', 'day', '2022-03-28', '2022-03-28'],
    ['2022-03', 'month', '2022-03-01', '2022-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2022', 'year', '2022-01-01', '2022-12-31'],
    ['2022-21', 'season', '2022-03-01', '2022-05-31'],
    ['2022-23', 'season', '2022-09-01', '2022-11-30'],
    ['2022-24', 'season', '2022-12-01', '2023-02-28'],
    ['2022~', 'year', '2022-01-01', '2022-12-31'],
  ])('%s is a %s from %s to %s', (value, precision, earliest, latest) => {
    expect(parseDecisionDate(value)).toMatchObject({ edtf: value, precision, earliest, latest });
  });

  it('marks circa and uncertain dates', () => {
    expect(parseDecisionDate('2022~').approximate).toBe(true);
    expect(parseDecisionDate('2022-05?').approximate).toBe(true);
    expect(parseDecisionDate('2022-05').approximate).toBe(false);
  });

  it.each(['2022-02-30', '2021-02-29', '2022-13', '28 mars 2022', '', '2022/2023', '2022-03-XX', 'våren 2022'])(
    'refuses %p naming the field',
    (value) => {
      expect(() => parseDecisionDate(value, 'decidedOn')).toThrow(expect.objectContaining({ code: 'DATE.INVALID', field: 'decidedOn' }));
    },
  );

  it('parses a repeated date once and shares the frozen result', () => {
    const first = parseDecisionDate('2019-21');
    expect(parseDecisionDate('2019-21', 'initiatedOn')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('refuses a decision after the day it was recorded', () => {
    const recordedAt = new Date('2022-06-16T10:00:00Z');
    expect(() => assertNotAfterRecordTime(parseDecisionDate('2022-06-16'), recordedAt)).not.toThrow();
    expect(() => assertNotAfterRecordTime(parseDecisionDate('2022'), recordedAt)).not.toThrow();
    expect(() => assertNotAfterRecordTime(parseDecisionDate('2022-06-17'), recordedAt)).toThrow(
      expect.objectContaining({ code: 'DATE.AFTER_RECORD_TIME' }),
    );
  });
});
