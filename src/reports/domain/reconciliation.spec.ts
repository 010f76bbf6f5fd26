import { reconcile } from './reconciliation.js';
import type { IndicatorSeries, PublishedFigure } from './report-input.js';
import { NATIONAL_INDICATORS } from './trend-report.fixture.js';

const figure = (overrides: Partial<PublishedFigure>): PublishedFigure => ({
  indicatorId: 'lan-med-handlingsplan',
  year: 2022,
  publisher: 'Socialstyrelsen',
  value: 60,
  numerator: null,
  denominator: null,
  comparedAs: 'share',
  note: null,
  source: null,
  ...overrides,
});

const withYear = (id: string, year: number, certain: number, possible: number): IndicatorSeries[] =>
  NATIONAL_INDICATORS.map((s) => (s.id === id ? { ...s, years: [{ year, certain, possible, population: 21 }] } : s));

describe('reconciliation compares like with like and says how they differ', () => {
  it('sets a published share against the derived share', () => {
    const row = reconcile(figure({}), NATIONAL_INDICATORS);
    expect(row).toMatchObject({ comparedAs: 'share', published: '60\u00a0%', derived: '13 av 21 län (62\u00a0%)', difference: '2 procentenheter mer' });
    expect(row.sentence).toBe('Socialstyrelsen publicerade 60\u00a0% (2022); liggaren härleder 13 av 21 län (62\u00a0%), 2 procentenheter mer.');
  });

  it('says "mindre" when the ledger derives a smaller share, and keeps a published decimal', () => {
    const row = reconcile(figure({ value: 66.7 }), NATIONAL_INDICATORS);
    expect(row.sentence).toBe('Socialstyrelsen publicerade 66,7\u00a0% (2022); liggaren härleder 13 av 21 län (61,9\u00a0%), 4,8 procentenheter mindre.');
  });

  it('compares counts when a numerator was published', () => {
    const same = reconcile(figure({ indicatorId: 'lan-med-malbild', value: 20, numerator: 20, denominator: 21, comparedAs: 'count', publisher: 'SKR' }), NATIONAL_INDICATORS);
    expect(same.sentence).toBe('SKR publicerade 20 av 21 län (2022); liggaren härleder 20 av 21 län, samma antal.');
    const fewer = reconcile(figure({ indicatorId: 'regioner-med-program:halsosamtal', value: 12, numerator: 12, denominator: 21, comparedAs: 'count' }), NATIONAL_INDICATORS);
    expect(fewer.sentence).toBe('Socialstyrelsen publicerade 12 av 21 regioner (2022); liggaren härleder 11 av 21 regioner, 1 region färre.');
  });

  it('compares a plain count with a plain count', () => {
    const row = reconcile(figure({ indicatorId: 'mobila-team-startade', value: 4, comparedAs: 'count', publisher: 'SKR' }), NATIONAL_INDICATORS);
    expect(row.sentence).toBe('SKR publicerade 4 (2022); liggaren härleder 7, 3 fler.');
  });

  it('says when the published value lies within the range imprecise dates leave', () => {
    const indicators = withYear('lan-med-handlingsplan', 2022, 12, 14);
    expect(reconcile(figure({ value: 13, numerator: 13, denominator: 21, comparedAs: 'count' }), indicators).difference).toBe(
      'det publicerade värdet ligger inom liggarens spann',
    );
  });

  it('gives a range of differences when the whole range differs', () => {
    const indicators = withYear('lan-med-handlingsplan', 2022, 13, 15);
    const row = reconcile(figure({}), indicators);
    expect(row.derived).toBe('13–15 av 21 län (62–71\u00a0%)');
    expect(row.difference).toBe('mellan 2 och 11 procentenheter mer');
  });

  it('says so when the ledger has no indicator for a published figure, showing it as published', () => {
    const row = reconcile(figure({ indicatorId: 'regioner-med-rutiner-fasta-kontakter', value: 33.3, publisher: 'SKR' }), NATIONAL_INDICATORS);
    expect(row).toMatchObject({ comparedAs: 'none', published: '33,3\u00a0%', derived: 'ingen härledning', difference: 'kan inte jämföras' });
    expect(row.sentence).toBe(
      'SKR publicerade 33,3\u00a0% (2022) för regioner-med-rutiner-fasta-kontakter; liggaren har ingen indikator som härleder den siffran.',
    );
    const counted = reconcile(figure({ indicatorId: 'deltagare-ledarskapsprogram', value: 6500, comparedAs: 'count' }), NATIONAL_INDICATORS);
    expect(counted.published).toBe('6\u00a0500');
  });
});
