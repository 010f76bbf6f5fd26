import { plansProjection } from '../../adoption/domain/plans-projection.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { lanOf, testActors } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { parseMonthDay } from './cutoff.js';
import type { IndicatorContext } from './evaluate.js';
import { indicatorSeries, indicatorYoy, listIndicators } from './indicator-query.js';
import type { Population } from './indicator-registry.js';
import { initiativesProjection } from './initiatives-projection.js';

const plans = plansProjection(lanOf);
const members = (population: Population, lan: string | null) => testActors.list({ kind: population, ...(lan ? { lan } : {}) }).map((a) => a.id);

function contextOf(events: readonly StoredLedgerEvent[]): IndicatorContext {
  return {
    plans: events.reduce(plans.apply, plans.initialState()),
    initiatives: events.reduce(initiativesProjection.apply, initiativesProjection.initialState()),
    members,
    lanOf,
  };
}

const lanCodes = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17'];

/** A länsgemensam handlingsplan adopted by the region and every kommun of the län on one day. */
function givenLanHandlingsplan(ledger: LedgerBuilder, code: string, adoptedOn: string, kind: 'handlingsplan' | 'fardplan' = 'handlingsplan') {
  const lan = `lan:${code}`;
  const plan = ledger.plan(`${kind}-${code}-${adoptedOn}`, { kind, scope: 'lan', lan, parties: testActors.defaultParties(lan) });
  plan.adoptedByAll(adoptedOn);
  return plan;
}

describe('indicators', () => {
  it('lists the shipped indicators with Swedish titles', () => {
    const ids = listIndicators().map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([
      'lan-med-malbild',
      'lan-med-handlingsplan',
      'regioner-med-handlingsplan',
      'kommuner-med-handlingsplan',
      'lan-med-gemensam-plan-primarvard',
      'regioner-med-program:halsosamtal',
      'regioner-med-program:1177_direkt',
      'mobila-team-startade',
      'mobila-team-aktiva',
    ]));
    expect(listIndicators().find((i) => i.id === 'lan-med-malbild')).toMatchObject({ title: 'Län med beslutad länsgemensam målbild', unit: 'län', population: 'lan' });
  });

  it('counts Värmland\'s målbild in 2022, not in 2021', () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    const series = indicatorSeries(contextOf(ledger.events), 'lan-med-malbild', { from: 2021, to: 2022 });
    expect(series.years).toEqual([
      { year: 2021, cutoff: '2021-12-31', value: 0, population: 21, share: 0, range: { certain: 0, possible: 0 }, members: { certain: [], possible: [] } },
      { year: 2022, cutoff: '2022-12-31', value: 1, population: 21, share: 0.0476, range: { certain: 1, possible: 1 }, members: { certain: ['lan:17'], possible: [] } },
    ]);
    const june = indicatorSeries(contextOf(ledger.events), 'lan-med-malbild', { from: 2022, to: 2022, cutoff: parseMonthDay('06-15') });
    expect(june.years[0]).toMatchObject({ cutoff: '2022-06-15', value: 0 });
    expect(indicatorSeries(contextOf(ledger.events), 'lan-med-malbild', { from: 2022, to: 2022, lan: 'lan:17' }).years[0]).toMatchObject({ value: 1, population: 1, share: 1 });
  });

  describe('län with a decided handlingsplan, 6 at the end of 2021 and 13 at the end of 2022', () => {
    const ledger = new LedgerBuilder();
    lanCodes.slice(0, 6).forEach((code, i) => givenLanHandlingsplan(ledger, code, `2021-0${i + 1}-15`));
    lanCodes.slice(6).forEach((code, i) => givenLanHandlingsplan(ledger, code, `2022-0${i + 1}-10`, i % 2 ? 'fardplan' : 'handlingsplan'));
    // Noise that must not count: a second plan in a counted län, a regional plan, a plan not fully adopted, a withdrawn one.
    givenLanHandlingsplan(ledger, '01', '2022-03-01');
    ledger.plan('region-18', { kind: 'handlingsplan', scope: 'region', lan: 'lan:18', owner: 'region:18' }).adoptedBy('region:18', '2022-02-02');
    ledger.plan('half-19', { kind: 'handlingsplan', scope: 'lan', lan: 'lan:19', parties: testActors.defaultParties('lan:19') }).adoptedBy('region:19', '2022-05-05');
    givenLanHandlingsplan(ledger, '20', '2021-05-05').withdrawn('2021-11-30', 'Ersätts av ny plan');
    const ctx = contextOf(ledger.events);

    it('says 13 against 6, ratio 2.17: fördubblats', () => {
      const yoy = indicatorYoy(ctx, 'lan-med-handlingsplan', { year: 2022 });
      expect(yoy).toMatchObject({ year: 2022, previousYear: 2021, current: { value: 13, share: 0.619 }, previous: { value: 6 }, delta: 7, ratio: 2.17, phrase: 'fördubblats' });
      expect(yoy.sentence).toBe(
        'Antalet län med beslutad länsgemensam handlingsplan eller färdplan har mer än fördubblats från 2021 till 2022, från 6 till 13 län.',
      );
    });

    it('counts the withdrawn plan only until its withdrawal', () => {
      const series = indicatorSeries(ctx, 'lan-med-handlingsplan', { from: 2021, to: 2021, cutoff: parseMonthDay('06-30') });
      expect(series.years[0].members.certain).toContain('lan:20');
    });

    it('counts the regional plan for its region', () => {
      expect(indicatorYoy(ctx, 'regioner-med-handlingsplan', { year: 2022 })).toMatchObject({ current: { value: 1, members: { certain: ['region:18'] } }, previous: { value: 0 }, phrase: 'ökat', ratio: null });
    });

    it('answers as the ledger knew it at asOf', () => {
      const asOf = Date.parse(ledger.events[0].metadata.recordedAt) + 1;
      expect(indicatorYoy(ctx, 'lan-med-handlingsplan', { year: 2022, asOf })).toMatchObject({ current: { value: 0 }, previous: { value: 0 }, phrase: 'oförändrat' });
    });
  });

  it('reports a range when an imprecise adoption date straddles the cut-off', () => {
    const ledger = new LedgerBuilder();
    const plan = ledger.plan('p', { kind: 'malbild', scope: 'lan', lan: 'lan:12', parties: ['region:12', 'kommun:1280'] });
    plan.adoptedBy('region:12', '2021-05-04');
    plan.adoptedBy('kommun:1280', '2021-24');
    const series = indicatorSeries(contextOf(ledger.events), 'lan-med-malbild', { from: 2021, to: 2022 });
    expect(series.years.map((y) => [y.value, y.range])).toEqual([
      [0, { certain: 0, possible: 1 }],
      [1, { certain: 1, possible: 1 }],
    ]);
    expect(series.years[0].members).toEqual({ certain: [], possible: ['lan:12'] });
  });

  it('counts regions offering a program and mobile teams started and active', () => {
    const ledger = new LedgerBuilder();
    ledger.initiative('hs-03', { kind: 'tjanst', program: 'halsosamtal', owners: ['region:03'] }).started('2019');
    const hs17 = ledger.initiative('hs-17', { kind: 'tjanst', program: 'halsosamtal', owners: ['region:17', 'kommun:1784'] });
    hs17.started('2020-02');
    hs17.ended('2022-06');
    const teamA = ledger.initiative('team-a', { kind: 'mobilt_team', owners: ['kommun:1784'], lan: 'lan:17' });
    teamA.decided('2020-10');
    teamA.started('2021-02-01');
    ledger.initiative('team-b', { kind: 'mobilt_team', owners: ['region:12'] }).started('2021-23');
    const teamC = ledger.initiative('team-c', { kind: 'mobilt_team', owners: ['region:12'] });
    teamC.started('2022-01-10');
    teamC.ended('2022-11-01');
    const ctx = contextOf(ledger.events);
    expect(indicatorSeries(ctx, 'regioner-med-program:halsosamtal', { from: 2019, to: 2022 }).years.map((y) => y.value)).toEqual([1, 2, 2, 1]);
    expect(indicatorSeries(ctx, 'mobila-team-startade', { from: 2021, to: 2022 }).years.map((y) => [y.value, y.population, y.share])).toEqual([
      [2, null, null],
      [1, null, null],
    ]);
    expect(indicatorSeries(ctx, 'mobila-team-aktiva', { from: 2021, to: 2022 }).years.map((y) => y.value)).toEqual([2, 2]);
    expect(indicatorSeries(ctx, 'mobila-team-aktiva', { from: 2022, to: 2022, cutoff: parseMonthDay('06-30') }).years[0].value).toBe(3);
    expect(indicatorSeries(ctx, 'mobila-team-aktiva', { from: 2022, to: 2022, lan: 'lan:17' }).years[0].members.certain).toEqual(['team-a']);
  });

  it('refuses an unknown indicator', () => {
    expect(() => indicatorYoy(contextOf([]), 'nope', { year: 2022 })).toThrow(expect.objectContaining({ code: 'INDICATOR.NOT_FOUND' }));
  });
});
