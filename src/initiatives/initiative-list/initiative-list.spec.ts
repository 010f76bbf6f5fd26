import type { InitiativesState } from '../../indicators/domain/initiatives-state.js';
import { ledgerProjection } from '../../projections/domain/ledger-projection.js';
import { lanOf } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { listInitiatives } from './initiative-list.js';

// The runner's own read model: the list keeps nothing of its own but a line per initiative.
const projection = ledgerProjection(lanOf);
const rebuild = (events: LedgerBuilder['events']): InitiativesState => events.reduce(projection.apply, projection.initialState()).initiatives;

function givenMobileTeamsInVarmlandAndOrebro() {
  const ledger = new LedgerBuilder();
  const arvika = ledger.initiative('arvika-mobilt-team', { kind: 'mobilt_team', owners: ['region:17', 'kommun:1784'], lan: 'lan:17', focusAreas: ['samordning'], targetGroups: ['aldre'] });
  arvika.started('2022-23');
  const orebro = ledger.initiative('orebro-halsosamtal', { kind: 'tjanst', program: 'halsosamtal', owners: ['region:18'], lan: 'lan:18', targetGroups: ['alla'] });
  return { ledger, arvika, orebro };
}

describe('the list of initiatives', () => {
  it('lists each initiative with its stage and since when', () => {
    const initiatives = listInitiatives(rebuild(givenMobileTeamsInVarmlandAndOrebro().ledger.events), {});
    expect(initiatives.map((i) => [i.initiativeId, i.stage, i.stageSince])).toEqual([
      ['arvika-mobilt-team', 'started', '2022-23'],
      ['orebro-halsosamtal', 'registered', null],
    ]);
  });

  it('filters by kind, program, län, owner, stage, target group and focus area', () => {
    const state = rebuild(givenMobileTeamsInVarmlandAndOrebro().ledger.events);
    const ids = (filter: Parameters<typeof listInitiatives>[1]) => listInitiatives(state, filter).map((i) => i.initiativeId);
    expect(ids({ kind: 'mobilt_team' })).toEqual(['arvika-mobilt-team']);
    expect(ids({ program: 'halsosamtal' })).toEqual(['orebro-halsosamtal']);
    expect(ids({ lan: 'lan:18' })).toEqual(['orebro-halsosamtal']);
    expect(ids({ owner: 'kommun:1784', stage: 'started' })).toEqual(['arvika-mobilt-team']);
    expect(ids({ targetGroup: 'aldre', focusArea: 'samordning' })).toEqual(['arvika-mobilt-team']);
    expect(ids({ stage: 'ended' })).toEqual([]);
  });

  it('shows corrections, drops retracted steps, and ignores a redelivered event', () => {
    const { ledger, arvika } = givenMobileTeamsInVarmlandAndOrebro();
    const started = ledger.events.find((e) => e.type === 'InitiativeStarted')!;
    ledger.correct(arvika.registered, { title: 'Mobilt närsjukvårdsteam Arvika–Eda' }, 'Namnet');
    ledger.retract(started, 'Startade inte');
    const incremental = projection.initialState();
    for (const event of ledger.events) {
      projection.apply(incremental, event);
      listInitiatives(incremental.initiatives, {});
      projection.apply(incremental, event);
    }
    const [team] = listInitiatives(incremental.initiatives, { kind: 'mobilt_team' });
    expect(team).toMatchObject({ title: 'Mobilt närsjukvårdsteam Arvika–Eda', stage: 'registered' });
    expect(listInitiatives(incremental.initiatives, {})).toEqual(listInitiatives(rebuild(ledger.events), {}));
  });
});
