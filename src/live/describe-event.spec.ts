import { loadActorRegistry } from '../actors/load-actor-registry.js';
import { lanOfActor } from '../projections/ledger-projections.js';
import { LedgerBuilder } from '../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../projections/testing/varmland.js';
import { timelineProjection } from '../timeline/domain/timeline-projection.js';
import { describeEvent } from './describe-event.js';
import { matchesLiveFilter } from './live-entry.js';

const actors = loadActorRegistry();
const lanOf = lanOfActor(actors);

function given(build: (ledger: LedgerBuilder) => void) {
  const ledger = new LedgerBuilder();
  build(ledger);
  const projection = timelineProjection(lanOf);
  const state = ledger.events.reduce((s, e) => projection.apply(s, e), projection.initialState());
  return { ledger, state };
}

describe('describing an event for the live stream', () => {
  it('tells who adopted which plan when, and tags it with the actor, its län and the plan kind', () => {
    const { ledger, state } = given((l) => givenVarmlandMalbildAdopted(l));
    const arvika = ledger.events.find((e) => e.type === 'PlanAdopted')!;
    const entry = describeEvent(arvika, state, actors, lanOf);
    expect(entry).toMatchObject({
      position: arvika.position,
      actors: ['kommun:1784'],
      lans: ['lan:17'],
      kind: 'malbild',
      decidedOn: '2022-03-28',
      text: 'Arvika kommun antog Målbild för god och nära vård, hälsa och omsorg i Värmland (28 mars 2022)',
    });
    expect(matchesLiveFilter(entry, { lan: 'lan:17', kind: 'malbild', actor: 'kommun:1784' })).toBe(true);
    expect(matchesLiveFilter(entry, { lan: 'lan:18' })).toBe(false);
    expect(matchesLiveFilter(entry, { kind: 'handlingsplan' })).toBe(false);
  });

  it('describes a correction and a retraction by the record they amend, so filters reach them', () => {
    let correction = null as unknown as ReturnType<LedgerBuilder['correct']>;
    let retraction = null as unknown as ReturnType<LedgerBuilder['retract']>;
    const { state } = given((l) => {
      const plan = givenVarmlandMalbildAdopted(l);
      const adopted = plan.adoptedBy('region:17', '2022-04-06');
      correction = l.correct(adopted, { decidedBy: 'Regionfullmäktige' }, 'Organet saknades');
      retraction = l.retract(adopted, 'Dubblett');
    });
    expect(describeEvent(correction, state, actors, lanOf)).toMatchObject({ type: 'RecordCorrected', lans: ['lan:17'], text: expect.stringMatching(/^Rättelse: Målbild för god och nära vård/) });
    expect(describeEvent(retraction, state, actors, lanOf)).toMatchObject({ type: 'RecordRetracted', lans: ['lan:17'], text: expect.stringMatching(/^Återtagen uppgift: /) });
  });
});
