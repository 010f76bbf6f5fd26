import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { ledgerProjection, type LedgerState } from '../../projections/domain/ledger-projection.js';
import { lanOf, testActors } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { buildTrendReport } from '../domain/trend-report.js';
import { gatherTrendReportInput } from '../gather/gather-report-input.js';
import type { ReportReadModels, TrendReportRequest } from '../gather/read-models.js';
import type { YearDigest } from './report-years.js';
import { yearDigest, YearDigestBuilder } from './year-digest.js';

const projection = ledgerProjection(lanOf);
const fold = (events: readonly StoredLedgerEvent[], state = projection.initialState()) => events.reduce(projection.apply, state);
const models = (state: LedgerState, digests = true): ReportReadModels => ({ ...state, reportYears: digests ? state.reportYears : undefined, actors: testActors, lanOf });
const national: TrendReportRequest = { from: 2020, to: 2022, scope: 'national', asOf: null };
const report = (m: ReportReadModels) => buildTrendReport(gatherTrendReportInput(m, national, new Date(0), { sources: [] }));

const shape = (digest: YearDigest) => ({
  lines: digest.lines.lines.map((line) => [line.kind, line.fully, line.entries.map((entry) => entry.eventId)]),
  more: digest.lines.more,
  records: [...digest.records],
  quality: digest.quality,
});

function givenPlansOf2020And2022() {
  const ledger = new LedgerBuilder();
  const old = ledger.plan('gammal', { kind: 'malbild', scope: 'lan', lan: 'lan:17', parties: ['region:17', 'kommun:1784'] });
  old.adoptedByAll('2020-05-04');
  const plan = ledger.plan('ny', { kind: 'handlingsplan', scope: 'lan', lan: 'lan:12', parties: ['region:12', 'kommun:1280'] });
  const adoptions = plan.adoptedByAll('2022-03-28');
  return { ledger, plan, adoptions, state: fold(ledger.events) };
}

describe('the report digests of the timeline', () => {
  it('are forgotten for the years and län an event touches, and kept for the others', () => {
    const { ledger, plan, state } = givenPlansOf2020And2022();
    const of2020 = yearDigest(state.reportYears, models(state), 'national', 2020);
    const of2022 = yearDigest(state.reportYears, models(state), 'national', 2022);
    const inSkane = yearDigest(state.reportYears, models(state), 'lan:12', 2022);
    const before = ledger.events.length;
    plan.revised('2022-10-01', 2, 'Reviderad handlingsplan');
    fold(ledger.events.slice(before), state);
    expect(yearDigest(state.reportYears, models(state), 'national', 2020)).toBe(of2020);
    expect(yearDigest(state.reportYears, models(state), 'national', 2022)).not.toBe(of2022);
    expect(yearDigest(state.reportYears, models(state), 'lan:12', 2022)).not.toBe(inSkane);
    expect(report(models(state))).toEqual(report(models(state, false)));
  });

  it('follow a plan that a line of another year and stream asked about', () => {
    const ledger = new LedgerBuilder();
    const plan = ledger.plan('ny', { kind: 'handlingsplan', scope: 'lan', lan: 'lan:12', parties: ['region:12', 'kommun:1280'] });
    const adoptions = plan.adoptedByAll('2021-03-28');
    // Adoptions recorded on an initiative's stream of the same id: their 2022 line asks whether plan "ny" is fully adopted.
    const initiative = ledger.initiative('ny', { kind: 'tjanst', owners: ['region:12'], lan: 'lan:12' });
    for (const party of ['region:12', 'kommun:1280']) ledger.record(initiative.registered.stream, { type: 'PlanAdopted', data: { planId: 'ny', party, decidedOn: '2022-09-01', decidedBy: 'Fullmäktige', version: 1 } });
    const state = fold(ledger.events);
    expect(report(models(state)).timeline[2].highlights.map((h) => h.text)).toEqual(['Insats ny antogs av samtliga 2 parter; fullt antagen den 1 september 2022.']);
    const before = ledger.events.length;
    ledger.retract(adoptions[1], 'Fel part');
    fold(ledger.events.slice(before), state);
    expect(report(models(state))).toEqual(report(models(state, false)));
    expect(report(models(state)).timeline[2].highlights.map((h) => h.text)).toEqual(['Insats ny antogs av samtliga 2 parter.']);
  });

  it('made in parts, are kept only if no event touched the year in between', () => {
    const { ledger, plan, state } = givenPlansOf2020And2022();
    const touched = new YearDigestBuilder(state.reportYears, models(state), 'national', 2022);
    const place = touched.scan(undefined, 1);
    expect(place).not.toBeNull();
    const before = ledger.events.length;
    plan.proposed('2022-01-15');
    fold(ledger.events.slice(before), state);
    expect(touched.scan(place!)).toBeNull();
    expect(touched.keep()).toBeNull();
    const whole = new YearDigestBuilder(state.reportYears, models(state), 'national', 2022);
    let parts = 1;
    for (let at = whole.scan(undefined, 1); at !== null; at = whole.scan(at, 1)) parts += 1;
    expect(parts).toBeGreaterThan(2);
    const fresh = fold(ledger.events);
    expect(shape(whole.keep()!)).toEqual(shape(yearDigest(fresh.reportYears, models(fresh), 'national', 2022)));
    expect(yearDigest(state.reportYears, models(state), 'national', 2022).lines.lines).toHaveLength(2);
  });
});
