import { plansProjection } from '../../adoption/domain/plans-projection.js';
import { initiativesProjection } from '../../indicators/domain/initiatives-projection.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { lanOf, testActors } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { figuresProjection } from '../../reconciliation/domain/figures-projection.js';
import { timelineProjection } from '../../timeline/domain/timeline-projection.js';
import { buildTrendReport } from '../domain/trend-report.js';
import { gatherTrendReportInput } from './gather-report-input.js';
import type { ReportReadModels, TrendReportRequest } from './read-models.js';

const fold = <S>(projection: { initialState(): S; apply(s: S, e: StoredLedgerEvent): S }, events: readonly StoredLedgerEvent[]) =>
  events.reduce(projection.apply, projection.initialState());

function readModels(events: readonly StoredLedgerEvent[]): ReportReadModels {
  return {
    plans: fold(plansProjection(lanOf), events),
    initiatives: fold(initiativesProjection, events),
    timeline: fold(timelineProjection(lanOf), events),
    figures: fold(figuresProjection, events),
    actors: testActors,
    lanOf,
  };
}

const ledger = new LedgerBuilder();
givenVarmlandMalbildAdopted(ledger);
ledger.at('2023-03-01T09:00:00Z');
ledger.figure({ indicatorId: 'lan-med-handlingsplan', year: 2022, value: 60, publisher: 'national:socialstyrelsen', decidedOn: '2023-02' });
ledger.figure({ indicatorId: 'lan-med-malbild', year: 2022, value: 20, numerator: 20, denominator: 21, publisher: 'national:socialstyrelsen', decidedOn: '2023-02' });
const models = readModels(ledger.events);
const now = new Date('2024-05-02T08:30:00Z');
const national: TrendReportRequest = { from: 2019, to: 2023, scope: 'national', asOf: null };
const noDataset = { sources: [] };

describe('gathering a trend report from the read models', () => {
  it('derives every registered indicator, the published 2022 figures read as the reconciliation reads them, and all 21 län', () => {
    const input = gatherTrendReportInput(models, national, now, noDataset);
    const malbild = input.indicators.find((i) => i.id === 'lan-med-malbild')!;
    expect(malbild.years.map((y) => [y.year, y.certain, y.population])).toEqual([[2019, 0, 21], [2020, 0, 21], [2021, 0, 21], [2022, 1, 21], [2023, 1, 21]]);
    expect(input.figures).toEqual([
      expect.objectContaining({ indicatorId: 'lan-med-malbild', year: 2022, publisher: 'Socialstyrelsen', comparedAs: 'count', numerator: 20 }),
      expect.objectContaining({ indicatorId: 'lan-med-handlingsplan', year: 2022, publisher: 'Socialstyrelsen', comparedAs: 'share', value: 60 }),
    ]);
    expect(input.lans).toHaveLength(21);
    expect(input.generatedAt).toBe('2024-05-02T08:30:00.000Z');
  });

  it('names the parties of Värmland\'s målbild and keeps their decision days', () => {
    const input = gatherTrendReportInput(models, national, now, noDataset);
    const [malbild] = input.plans;
    expect(malbild).toMatchObject({ planId: 'varmland-malbild-2022', kind: 'malbild', scope: 'lan', expected: 17, missing: [], status: 'active' });
    expect(malbild.adoptions.find((a) => a.party === 'kommun:1780')).toEqual({
      party: 'kommun:1780',
      partyName: 'Karlstads kommun',
      decidedOn: expect.objectContaining({ edtf: '2022-06-16', precision: 'day' }),
      decidedBy: 'Kommunfullmäktige i Karlstad',
    });
  });

  it('counts decisions and their precision for the data-quality notes, and the sources cited', () => {
    const input = gatherTrendReportInput(models, national, now, noDataset);
    expect(input.dataQuality).toEqual({ events: 20, decisions: 18, imprecise: { month: 0, season: 0, year: 1 }, withoutSourceUrl: 20, undatedLeftOut: null });
    expect(input.sources.size).toBe(1);
    expect(input.sources.withTitles(new Set(['Testkälla']))).toEqual([{ title: 'Testkälla', url: null, publisher: 'Test' }]);
    const entries = input.timeline.flatMap((year) => year.lines.flatMap((line) => line.entries));
    expect(entries.find((e) => e.type === 'FigurePublished' && e.aggregateId === 'lan-med-malbild')).toMatchObject({ actor: 'Socialstyrelsen', subject: 'län med beslutad länsgemensam målbild 2022' });
  });

  it('counts the dataset\'s undated facts only for the dataset sources the ledger cites', () => {
    const dataset = { sources: [{ title: 'Testkälla', undated: 3 }, { title: 'Annan källa', undated: 40 }] };
    expect(gatherTrendReportInput(models, national, now, dataset).dataQuality.undatedLeftOut).toBe(3);
    expect(gatherTrendReportInput(models, { ...national, scope: 'lan:17' }, now, dataset).dataQuality.undatedLeftOut).toBeNull();
  });

  it('for lan:17: the län\'s name, its kommuner and teams as indicators, no figures', () => {
    const input = gatherTrendReportInput(models, { ...national, scope: 'lan:17' }, now, noDataset);
    expect(input.scope).toEqual({ kind: 'lan', lan: 'lan:17', name: 'Värmlands län' });
    expect(input.lans).toEqual([{ lan: 'lan:17', name: 'Värmlands län' }]);
    expect(input.figures).toEqual([]);
    expect(input.indicators.map((i) => i.population)).toEqual(expect.arrayContaining(['kommun', null]));
    expect(input.indicators.some((i) => i.population === 'lan' || i.population === 'region')).toBe(false);
    expect(input.indicators.find((i) => i.id === 'kommuner-med-handlingsplan')!.years[0].population).toBe(16);
  });

  it('answers as the ledger knew it at asOf', () => {
    const input = gatherTrendReportInput(models, { ...national, scope: 'lan:17', asOf: new Date('2022-05-20T00:00:00Z') }, now, noDataset);
    expect(input.asOf).toBe('2022-05-20T00:00:00.000Z');
    expect(input.plans[0].adoptions).toHaveLength(12);
    expect(input.plans[0].missing).toContain('Karlstads kommun');
  });

  it('makes a report whose reconciliation compares the published 2022 figures and whose län curve ends at 17 of 17', () => {
    const report = buildTrendReport(gatherTrendReportInput(models, national, now, noDataset));
    expect(report.reconciliation.rows.map((r) => r.sentence)).toEqual([
      'Socialstyrelsen publicerade 60\u00a0% (2022); liggaren härleder 0 av 21 län (0\u00a0%), 60 procentenheter mindre.',
      'Socialstyrelsen publicerade 20 av 21 län (2022); liggaren härleder 1 av 21 län, 19 län färre.',
    ]);
    const lan = buildTrendReport(gatherTrendReportInput(models, { ...national, scope: 'lan:17' }, now, noDataset));
    expect(lan.adoption.plans[0].summary).toBe('Fullt antagen den 16 juni 2022, när den sista av 17 parter antog den.');
  });
});
