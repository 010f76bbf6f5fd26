import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { timelineProjection } from '../../timeline/domain/timeline-projection.js';
import type { TimelineState } from '../../timeline/domain/timeline-state.js';
import { entryOfEvent, latestRecorded, lineOf } from './ledger-lines.js';

const lanOf = (actor: string) => {
  const [kind, code] = actor.split(':');
  if (kind === 'lan' || kind === 'region') return `lan:${code}`;
  if (kind === 'kommun') return `lan:${code.slice(0, 2)}`;
  return null;
};

function timelineOf(ledger: LedgerBuilder): TimelineState {
  const projection = timelineProjection(lanOf);
  return ledger.events.reduce((state, event) => projection.apply(state, event), projection.initialState());
}

describe('ledger lines', () => {
  it('lists the latest recorded events first, with title, actor, kind and decision date', () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    const [last, before] = latestRecorded(timelineOf(ledger), { limit: 2, asOf: null }, lanOf);
    expect(last).toMatchObject({
      type: 'PlanAdopted',
      title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland',
      actors: ['kommun:1780'],
      kind: 'malbild',
      decidedOn: '2022-06-16',
      stream: 'plan-varmland-malbild-2022',
    });
    expect(before.actors).toEqual(['kommun:1763']);
  });

  it('shows only what was recorded by the as-of time', () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    const asOf = Date.parse('2022-04-01T00:00:00Z');
    const lines = latestRecorded(timelineOf(ledger), { limit: 50, asOf }, lanOf);
    expect(lines.map((l) => l.actors[0])).toEqual(['kommun:1782', 'kommun:1762', 'kommun:1761', 'kommun:1784', 'lan:17']);
  });

  it('keeps to one län when asked', () => {
    const ledger = new LedgerBuilder();
    givenVarmlandMalbildAdopted(ledger);
    ledger.plan('orebro-malbild', { kind: 'malbild', scope: 'lan', lan: 'lan:18', owner: 'lan:18', parties: ['region:18'] }).adoptedBy('region:18', '2023-01-10');
    const state = timelineOf(ledger);
    expect(latestRecorded(state, { limit: 1, asOf: null, lan: 'lan:18' }, lanOf)[0].actors).toEqual(['region:18']);
    expect(latestRecorded(state, { limit: 1, asOf: null, lan: 'lan:17' }, lanOf)[0].actors).toEqual(['kommun:1780']);
  });

  it('follows a correction, and leaves a retracted entry out unless asked', () => {
    const ledger = new LedgerBuilder();
    const plan = ledger.plan('p', { kind: 'handlingsplan', scope: 'region', lan: 'lan:17', owner: 'region:17', parties: ['region:17'], title: 'Plan' });
    const adopted = plan.adoptedBy('region:17', '2022-03-01');
    ledger.correct(adopted, { decidedOn: '2022-03-02' }, 'Fel dag');
    const state = timelineOf(ledger);
    const entry = entryOfEvent(state, 'plan-p', adopted.id)!;
    expect(lineOf(entry, null)).toMatchObject({ decidedOn: '2022-03-02', corrected: true });
    ledger.retract(adopted, 'Dubblett');
    const retracted = timelineOf(ledger);
    const again = entryOfEvent(retracted, 'plan-p', adopted.id)!;
    expect(lineOf(again, null)).toBeNull();
    expect(lineOf(again, null, true)?.eventId).toBe(adopted.id);
  });
});
