import { buildTrendReport, sourcesSentence, unrecordedSentence } from './trend-report.js';
import { SourceIndex } from './source-index.js';
import { NATIONAL_SOURCES, nationalInput, varmlandInput } from './trend-report.fixture.js';

describe('buildTrendReport', () => {
  it('opens the national summary with the doubling of län with a handlingsplan', () => {
    const report = buildTrendReport(nationalInput());
    expect(report.title).toBe('Trendrapport 2019–2023: Hela landet');
    expect(report.summary[0]).toBe(
      'Antalet län med beslutad länsgemensam handlingsplan eller färdplan har mer än fördubblats från 6 (2021) till 13 (2022), från 29\u00a0% till 62\u00a0% av länen.',
    );
    expect(report.summary).toHaveLength(4);
  });

  it('reconciles the published 2022 figures with what the ledger derives', () => {
    const { rows, note } = buildTrendReport(nationalInput()).reconciliation;
    expect(note).toBeNull();
    expect(rows.map((r) => [r.indicatorId, r.year, r.difference])).toEqual([
      ['lan-med-handlingsplan', 2022, '2 procentenheter mer'],
      ['lan-med-malbild', 2022, 'samma antal'],
      ['regioner-med-program:halsosamtal', 2022, '1 region färre'],
    ]);
  });

  it('keeps published figures the ledger has no indicator for apart', () => {
    const input = nationalInput();
    const extra = { ...input.figures[0], indicatorId: 'regioner-med-levande-bibliotek', value: 33.3, numerator: null, denominator: null, comparedAs: 'share' as const };
    const { rows, unmatched } = buildTrendReport({ ...input, figures: [...input.figures, extra] }).reconciliation;
    expect(rows).toHaveLength(3);
    expect(unmatched).toEqual([expect.objectContaining({ indicatorId: 'regioner-med-levande-bibliotek', published: '33,3\u00a0%', comparedAs: 'none' })]);
  });

  it('keeps figures and indicator years outside the range out', () => {
    const report = buildTrendReport(nationalInput({ from: 2020, to: 2021 }));
    expect(report.reconciliation.rows).toEqual([]);
    expect(report.reconciliation.note).toBe('Inga publicerade siffror för 2020–2021 finns i liggaren.');
    expect(report.indicators[0].rows.map((r) => r.year)).toEqual([2020, 2021]);
    expect(report.timeline.map((y) => y.year)).toEqual([2020, 2021]);
  });

  it('puts shares, ranges and the published figure on the indicator rows', () => {
    const [malbild, handlingsplan] = buildTrendReport(nationalInput()).indicators;
    expect(malbild.rows[2]).toMatchObject({ year: 2021, certain: 15, possible: 16, population: 21, published: null });
    expect(malbild.rows[2].share).toBeCloseTo(15 / 21);
    expect(malbild.rows[2].sharePossible).toBeCloseTo(16 / 21);
    expect(handlingsplan.rows[3].published).toEqual({ value: 60, numerator: null, denominator: null, comparedAs: 'share', publisher: 'Socialstyrelsen' });
  });

  it('marks indicators nothing was recorded for, and names them in one sentence', () => {
    const input = nationalInput();
    const none = { id: 'regioner-med-program:far', title: 'Regioner som erbjuder fysisk aktivitet på recept (FaR)', population: 'region' as const, years: input.indicators[0].years.map((y) => ({ ...y, certain: 0, possible: 0 })) };
    const report = buildTrendReport({ ...input, indicators: [...input.indicators, none] });
    expect(report.indicators.map((t) => t.recorded)).toEqual([true, true, true, true, false]);
    expect(unrecordedSentence(report)).toBe('Inget registrerat beslut räknas 2019–2023 för indikatorn: Regioner som erbjuder fysisk aktivitet på recept (FaR).');
    expect(unrecordedSentence(buildTrendReport(input))).toBeNull();
  });

  it('lists each source its lines cite once, by publisher, and counts all sources in scope', () => {
    const report = buildTrendReport(nationalInput());
    expect(report.sources.map((s) => s.publisher)).toEqual(['Region Värmland', 'Socialstyrelsen']);
    expect(report.sourcesInScope).toBe(2);
    expect(sourcesSentence(report)).toBeNull();
    const uncited = { title: 'Protokoll som ingen rad citerar', url: null, publisher: 'Kommun' };
    const more = buildTrendReport(nationalInput({ sources: SourceIndex.of([...NATIONAL_SOURCES, uncited]) }));
    expect(more.sources).toHaveLength(2);
    expect(sourcesSentence(more)).toBe('Här listas de 2 källor som rapportens rader citerar; händelserna i rapportens omfång vilar på sammanlagt 3 källor.');
  });

  it('for a län: the plans and their completion in the summary, no national reconciliation', () => {
    const report = buildTrendReport(varmlandInput());
    expect(report.scopeName).toBe('Värmlands län');
    expect(report.adoption.byLan).toEqual([]);
    expect(report.adoption.plans.map((p) => [p.planId, p.joint])).toEqual([
      ['varmland-malbild-2022', true],
      ['varmland-fardplan-2023', true],
      ['region17-utvecklingsplan-2015', false],
    ]);
    expect(report.summary.some((s) => s.startsWith('Utvecklingsplan'))).toBe(false);
    expect(report.summary).toContain(
      'Målbild för god och nära vård, hälsa och omsorg i Värmland blev fullt antagen den 16 juni 2022, när den sista av 17 parter antog den.',
    );
    expect(report.reconciliation).toEqual({
      rows: [],
      unmatched: [],
      note: 'Publicerade siffror från SKR och Socialstyrelsen gäller hela landet och stäms av i den nationella rapporten.',
    });
  });

  it('says when no indicator changed', () => {
    const report = buildTrendReport(nationalInput({ from: 2023, to: 2023 }));
    expect(report.summary).toEqual(['Ingen indikator förändrades från ett år till nästa mellan 2023 och 2023.']);
  });
});
