import fc from 'fast-check';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { ledgerProjection, type LedgerState } from '../../projections/domain/ledger-projection.js';
import { lanOf, testActors } from '../../projections/testing/actors.js';
import { ledgerEvents } from '../../../test/bench/generate-ledger.js';
import { buildTrendReport } from '../domain/trend-report.js';
import { crowdedLedger, ledgerStep } from '../testing/crowded-ledger.js';
import { referenceReport } from '../testing/reference-report.js';
import { gatherTrendReportInput } from './gather-report-input.js';
import type { ReportReadModels, TrendReportRequest } from './read-models.js';

const projection = ledgerProjection(lanOf);
const generatedAt = new Date('2025-01-01T00:00:00Z');
const dataset = { sources: [{ title: ' så går omställningen - nationellt och regionalt', undated: 5 }, { title: 'Saknas i liggaren', undated: 7 }] };

const models = (state: LedgerState, digests = true): ReportReadModels => ({ ...state, reportYears: digests ? state.reportYears : undefined, actors: testActors, lanOf });
const report = (m: ReportReadModels, request: TrendReportRequest) => buildTrendReport(gatherTrendReportInput(m, request, generatedAt, dataset));

const REQUESTS: TrendReportRequest[] = [
  { from: 2020, to: 2023, scope: 'national', asOf: null },
  { from: 2021, to: 2022, scope: 'national', asOf: null },
  { from: 2020, to: 2023, scope: 'lan:17', asOf: null },
  { from: 2022, to: 2023, scope: 'lan:12', asOf: null },
];

/**
 * Applies the events one by one as a running service does, asking for
 * reports now and then so that digests are made and must then be forgotten
 * by the events after them.
 */
function applyLive(events: readonly StoredLedgerEvent[], askEvery: number): LedgerState {
  const state = projection.initialState();
  events.forEach((event, i) => {
    projection.apply(state, event);
    if (i % askEvery === askEvery - 1) for (const request of REQUESTS) report(models(state), request);
  });
  return state;
}

describe('a trend report, however it is read', () => {
  it('is the straightforward one for crowded ledgers with corrections, retractions and redeliveries, now and at earlier record times', () => {
    // Runs whose years held more lines than a report shows: the selection, not only the grouping, was compared.
    let crowded = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(ledgerStep, { minLength: 120, maxLength: 360 }), fc.integer({ min: 3, max: 40 }), (steps, askEvery) => {
        const { delivered, asOfs } = crowdedLedger(steps);
        const live = applyLive(delivered, askEvery);
        // The reference reads fresh read models: nothing the live ones kept between reports.
        const fresh = delivered.reduce(projection.apply, projection.initialState());
        let selected = false;
        for (const request of REQUESTS) {
          for (const asOf of [null, ...asOfs.slice(-2)]) {
            const at = { ...request, asOf: asOf === null ? null : new Date(asOf) };
            const expected = referenceReport(models(fresh, false), at, generatedAt, dataset);
            selected ||= expected.timeline.some((year) => year.more > 0);
            expect(report(models(live), at)).toEqual(expected);
            expect(report(models(live, false), at)).toEqual(expected);
          }
        }
        runs += 1;
        if (selected) crowded += 1;
      }),
      { numRuns: 40 },
    );
    expect(crowded).toBeGreaterThan(runs / 4);
  });

  it('is the straightforward one for a generated national ledger, before and after the last corrections', () => {
    let position = 0;
    const events = [...ledgerEvents({ events: 10_000, seed: 7 })].map(
      ({ stream, revision, event }) => ({ ...event, stream, revision, position: ++position }) as unknown as StoredLedgerEvent,
    );
    const live = applyLive(events, 2_500);
    const fresh = events.reduce(projection.apply, projection.initialState());
    const times = events.map((event) => Date.parse(event.metadata.recordedAt));
    for (const asOf of [null, times[6_000], times[9_500]]) {
      for (const scope of ['national', 'lan:17', 'lan:01'] as const) {
        const request: TrendReportRequest = { from: 2018, to: 2024, scope, asOf: asOf === null ? null : new Date(asOf) };
        const expected = referenceReport(models(fresh, false), request, generatedAt, dataset);
        expect(expected.timeline.some((year) => year.more > 0)).toBe(true);
        expect(report(models(live), request)).toEqual(expected);
      }
    }
  });
});
