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

  it('describes an event as the ledger knew it when it was recorded, not with a title corrected since', () => {
    const oldTitle = 'Målbild för god och nära vård, hälsa och omsorg i Värmland';
    const newTitle = 'Målbild för god och nära vård i Värmland';
    let correction = null as unknown as ReturnType<LedgerBuilder['correct']>;
    let later = null as unknown as ReturnType<LedgerBuilder['correct']>;
    const { ledger, state } = given((l) => {
      const plan = givenVarmlandMalbildAdopted(l);
      l.at('2023-02-01T10:00:00Z');
      correction = l.correct(plan.initiated, { title: newTitle }, 'Titeln i protokollet');
      const arvika = l.events.find((e) => e.type === 'PlanAdopted')!;
      l.at('2023-03-01T10:00:00Z');
      later = l.correct(arvika, { decidedBy: 'Kommunfullmäktige i Arvika kommun' }, 'Organets fulla namn');
    });
    const arvika = ledger.events.find((e) => e.type === 'PlanAdopted')!;
    const karlstad = ledger.events.filter((e) => e.type === 'PlanAdopted').at(-1)!;
    expect(describeEvent(arvika, state, actors, lanOf)).toMatchObject({ title: oldTitle, text: `Arvika kommun antog ${oldTitle} (28 mars 2022)` });
    expect(describeEvent(karlstad, state, actors, lanOf)).toMatchObject({ title: oldTitle, text: `Karlstads kommun antog ${oldTitle} (16 juni 2022)` });
    expect(describeEvent(correction, state, actors, lanOf)).toMatchObject({ title: newTitle, text: `Rättelse: ${newTitle} (2021)`, lans: ['lan:17'] });
    expect(describeEvent(later, state, actors, lanOf)).toMatchObject({ title: newTitle, text: `Rättelse: ${newTitle} (28 mars 2022)`, lans: ['lan:17'] });
  });

  it('describes a correction by the record it amends even when its record time is earlier (replicas\' clocks apart)', () => {
    let correction = null as unknown as ReturnType<LedgerBuilder['correct']>;
    const { state } = given((l) => {
      const plan = givenVarmlandMalbildAdopted(l);
      l.at('2022-01-20T08:59:00Z');
      correction = l.correct(plan.initiated, { title: 'Värmlands målbild' }, 'Kortare titel');
    });
    expect(describeEvent(correction, state, actors, lanOf)).toMatchObject({ title: 'Värmlands målbild', lans: ['lan:17'], kind: 'malbild', text: 'Rättelse: Värmlands målbild (2021)' });
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
