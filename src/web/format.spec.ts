import { formatDecisionDate, formatNumber, formatRecordTime, formatShare } from './format.js';

describe('Swedish formatting', () => {
  it.each([
    ['2022-03-28', '28 mars 2022'],
    ['2022-03', 'mars 2022'],
    ['2022-21', 'våren 2022'],
    ['2022-23', 'hösten 2022'],
    ['2019', '2019'],
    ['2022~', 'cirka 2022'],
    ['2022-04?', 'april 2022 (osäkert)'],
  ])('writes the decision date %s as "%s"', (edtf, words) => {
    expect(formatDecisionDate(edtf)).toBe(words);
  });

  it('shows an unreadable or missing decision date without inventing one', () => {
    expect(formatDecisionDate('nästa vår')).toBe('nästa vår');
    expect(formatDecisionDate(null)).toBe('okänt datum');
  });

  it('writes record time in Swedish local time', () => {
    expect(formatRecordTime('2024-05-01T12:03:00Z')).toBe('1 maj 2024 kl. 14:03');
    expect(formatRecordTime(new Date('2024-01-15T12:03:00Z'))).toBe('15 januari 2024 kl. 13:03');
  });

  it('writes numbers and shares the Swedish way', () => {
    expect(formatShare(0.6)).toBe('60\u00a0%');
    expect(formatNumber(1234.5)).toBe('1\u00a0234,5');
  });
});
