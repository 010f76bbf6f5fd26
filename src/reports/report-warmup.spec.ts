import { ledgerProjection, type LedgerState } from '../projections/domain/ledger-projection.js';
import { lanOf, testActors } from '../projections/testing/actors.js';
import { LedgerBuilder } from '../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../projections/testing/varmland.js';
import { buildTrendReport } from './domain/trend-report.js';
import { gatherTrendReportInput } from './gather/gather-report-input.js';
import type { ReportReadModels } from './gather/read-models.js';
import { ReportWarmup } from './report-warmup.js';

const projection = ledgerProjection(lanOf);
const clock = { now: () => new Date('2024-05-02T08:30:00Z') };

function givenLedger(): LedgerState {
  const ledger = new LedgerBuilder();
  givenVarmlandMalbildAdopted(ledger);
  const team = ledger.initiative('arvika-mobilt-team', { kind: 'mobilt_team', owners: ['kommun:1784'], lan: 'lan:17' });
  team.started('2022-02');
  return ledger.events.reduce(projection.apply, projection.initialState());
}

/** The runner as the warm-up sees it: caught up, with the ledger's read models under their names. */
const runnerOf = (state: LedgerState, checkpoint: () => number | null = () => 42) => ({
  whenReady: () => Promise.resolve(),
  state: <S>(name: string) => state[name as keyof LedgerState] as S,
  get checkpoint() {
    return checkpoint();
  },
});

const report = (state: LedgerState, digests: boolean) => {
  const models: ReportReadModels = { ...state, reportYears: digests ? state.reportYears : undefined, actors: testActors, lanOf };
  return buildTrendReport(gatherTrendReportInput(models, { from: 2019, to: 2023, scope: 'national', asOf: null }, clock.now(), { sources: [] }));
};

describe('warming up for reports after a start', () => {
  it('digests every national year a report may ask for, counts the indicators and works out the standings, so a report finds them', async () => {
    const state = givenLedger();
    await expect(new ReportWarmup(runnerOf(state), testActors, clock).run()).resolves.toBe(true);
    expect([...state.reportYears.digests.keys()].filter((key) => key.startsWith('national|'))).toHaveLength(2024 - 1989 + 1);
    expect(state.reportYears.indicators.get('lan-med-malbild||2022')?.count.range).toEqual({ certain: 1, possible: 1 });
    expect([...state.plans.plans.values()].every((plan) => plan.cache !== null)).toBe(true);
    expect([...state.initiatives.initiatives.values()].every((initiative) => initiative.cache !== null)).toBe(true);
    // Every län's länsgemensamma plans, as a national report lists them.
    expect([...state.plans.listingCache.keys()].sort()).toEqual(testActors.list({ kind: 'lan' }).map((lan) => `adoption|${lan.id}|lan`).sort());
    const digests = new Map(state.reportYears.digests);
    expect(report(state, true)).toEqual(report(state, false));
    expect(state.reportYears.digests).toEqual(digests);
  });

  it('stops between steps when the application does', async () => {
    const state = givenLedger();
    const warmup = new ReportWarmup(runnerOf(state), testActors, clock);
    const running = warmup.run();
    warmup.stop();
    await expect(running).resolves.toBe(false);
    expect(state.reportYears.digests.size).toBe(0);
  });

  it('waits while events are being applied, and goes on once the ledger has been quiet a while', async () => {
    const state = givenLedger();
    let checkpoint = 42;
    const warmup = new ReportWarmup(runnerOf(state, () => checkpoint), testActors, clock);
    const writes = setInterval(() => (checkpoint += 1), 20);
    const running = warmup.run();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(state.reportYears.digests.size).toBe(0);
    clearInterval(writes);
    await running;
    expect([...state.reportYears.digests.keys()].filter((key) => key.startsWith('national|'))).toHaveLength(2024 - 1989 + 1);
  });
});
