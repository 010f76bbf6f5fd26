import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { dayDate } from '../../projections/domain/day-dates.js';
import { lanOf } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../../projections/testing/varmland.js';
import { timelineProjection } from './timeline-projection.js';
import { queryTimeline, type TimelineQuery } from './timeline-query.js';
import type { TimelineState } from './timeline-state.js';

const projection = timelineProjection(lanOf);
const build = (events: readonly StoredLedgerEvent[]) => events.reduce(projection.apply, projection.initialState());
const query = (state: TimelineState, q: TimelineQuery = {}) => queryTimeline(state, { limit: 500, ...q }, lanOf);
const dates = (state: TimelineState, q: TimelineQuery = {}) => query(state, q).items.map((i) => i.date.edtf);

describe('the timeline of Värmland\'s målbild', () => {
  const ledger = new LedgerBuilder();
  const plan = givenVarmlandMalbildAdopted(ledger);
  const state = build(ledger.events);

  it('lists the län\'s own, the region\'s and the kommuners\' decisions in decision-time order', () => {
    const items = query(state, { lan: 'lan:17' }).items;
    expect(items).toHaveLength(18);
    expect(items[0]).toMatchObject({ type: 'PlanInitiated', date: { edtf: '2021', precision: 'year', earliest: '2021-01-01' } });
    expect(items[1]).toMatchObject({ type: 'PlanAdopted', actors: ['kommun:1784'], body: 'Kommunfullmäktige i Arvika', date: { edtf: '2022-03-28' } });
    expect(items.at(-1)).toMatchObject({ actors: ['kommun:1780'], date: { edtf: '2022-06-16' } });
    expect(items[1].plan).toEqual({ id: plan.planId, kind: 'malbild', scope: 'lan', lan: 'lan:17' });
    expect(items[1].title).toBe(plan.initiated.data.title);
    expect(items[1].source).toEqual({ title: 'Testkälla', publisher: 'Test' });
    const keys = items.map((i) => `${i.date.earliest}:${String(i.position).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('selects one actor\'s decisions', () => {
    expect(query(state, { actor: 'kommun:1784' }).items.map((i) => i.eventId)).toEqual([ledger.events[1].id]);
    expect(query(state, { actor: 'region:17' }).items.map((i) => i.date.edtf)).toEqual(['2022-04-06']);
  });

  it('finds nothing for another län, a kind or a program nobody recorded', () => {
    expect(query(state, { lan: 'lan:01' }).items).toEqual([]);
    expect(query(state, { kind: 'handlingsplan' }).items).toEqual([]);
    expect(query(state, { kind: 'malbild', program: 'halsosamtal' }).items).toEqual([]);
  });

  it('pages with a cursor through every entry once', () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = queryTimeline(state, { lan: 'lan:17', limit: 5, cursor: cursor ? parse(cursor) : null }, lanOf);
      seen.push(...page.items.map((i) => i.eventId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(query(state, { lan: 'lan:17' }).items.map((i) => i.eventId));
  });

  it('limits decision time to a range, keeping imprecise dates that may fall in it', () => {
    expect(dates(state, { from: dayDate('2022-06')!, to: dayDate('2022-06')! })).toEqual(['2022-06-07', '2022-06-16']);
    expect(dates(state, { from: dayDate('2021-06-01')!, to: dayDate('2022-03-28')! })).toEqual(['2021', '2022-03-28', '2022-03-28']);
  });

  it('does not change on a redelivered event', () => {
    const twice = build([...ledger.events, ...ledger.events.slice(3, 9)]);
    expect(query(twice)).toEqual(query(state));
  });
});

describe('corrections and retractions over record time', () => {
  const ledger = new LedgerBuilder();
  givenVarmlandMalbildAdopted(ledger);
  const karlstad = ledger.events.at(-1)!;
  ledger.at('2023-02-01T10:00:00Z');
  const correction = ledger.correct(karlstad, { decidedOn: '2022-03-01' }, 'Fel datum i protokollet');
  ledger.at('2023-03-01T10:00:00Z');
  const arvika = ledger.events[1];
  ledger.retract(arvika, 'Dubbelregistrerad');
  const state = build(ledger.events);
  const beforeCorrection = Date.parse('2023-01-31T00:00:00Z');
  const beforeRetraction = Date.parse('2023-02-15T00:00:00Z');

  it('moves a corrected entry to its new date and says it was corrected', () => {
    const items = query(state, { lan: 'lan:17' }).items;
    const moved = items.find((i) => i.eventId === karlstad.id)!;
    expect(items.indexOf(moved)).toBe(1);
    expect(moved).toMatchObject({ date: { edtf: '2022-03-01' }, corrected: true });
    expect(moved.corrections).toEqual([
      { eventId: correction.id, recordedAt: '2023-02-01T10:00:00.000Z', principal: 'key:test-recorder', reason: 'Fel datum i protokollet', fields: { decidedOn: '2022-03-01' } },
    ]);
  });

  it('shows the old date as the ledger knew it before the correction', () => {
    const items = query(state, { lan: 'lan:17', asOf: beforeCorrection }).items;
    expect(items.at(-1)).toMatchObject({ eventId: karlstad.id, date: { edtf: '2022-06-16' }, corrected: false });
    expect(items).toHaveLength(18);
  });

  it('drops a retracted entry from the retraction on', () => {
    expect(query(state, { actor: 'kommun:1784' }).items).toEqual([]);
    expect(query(state, { actor: 'kommun:1784', asOf: beforeRetraction }).items).toHaveLength(1);
    expect(query(state, { lan: 'lan:17' }).items).toHaveLength(17);
  });

  it('moves an entry that was already placed in the indexes when the correction came', () => {
    const live = projection.initialState();
    ledger.events.forEach((event) => {
      projection.apply(live, event);
      query(live, { lan: 'lan:17', limit: 1 });
    });
    expect(query(live, { lan: 'lan:17' })).toEqual(query(state, { lan: 'lan:17' }));
    expect(query(live, { lan: 'lan:17', asOf: beforeCorrection })).toEqual(query(state, { lan: 'lan:17', asOf: beforeCorrection }));
  });

  it('pages the earlier view in the order it had then', () => {
    const all = query(state, { lan: 'lan:17', asOf: beforeCorrection }).items.map((i) => i.eventId);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = queryTimeline(state, { lan: 'lan:17', asOf: beforeCorrection, limit: 4, cursor: cursor ? parse(cursor) : null }, lanOf);
      seen.push(...page.items.map((i) => i.eventId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('hides everything recorded after asOf', () => {
    expect(query(state, { asOf: Date.parse('2022-04-01T00:00:00Z') }).items.map((i) => i.actors[0])).toEqual([
      'lan:17',
      'kommun:1784',
      'kommun:1761',
      'kommun:1762',
      'kommun:1782',
    ]);
  });
});

describe('initiatives in the timeline', () => {
  const ledger = new LedgerBuilder();
  const team = ledger.initiative('arvika-mobilt-team', {
    kind: 'mobilt_team',
    owners: ['kommun:1784', 'region:17'],
    lan: 'lan:17',
    targetGroups: ['aldre'],
    focusAreas: ['samordning', 'proaktivitet'],
  });
  team.decided('2021-23', 'Socialnämnden');
  team.started('2022-02');
  const samtal = ledger.initiative('halsosamtal-uppsala', { kind: 'tjanst', program: 'halsosamtal', owners: ['region:03'] });
  samtal.started('2020');
  const state = build(ledger.events);

  it('filters by kind, program, focus area and target group', () => {
    expect(dates(state, { kind: 'mobilt_team' })).toEqual(['2021-23', '2022-02']);
    expect(dates(state, { program: 'halsosamtal' })).toEqual(['2020']);
    expect(dates(state, { focus: 'proaktivitet', lan: 'lan:17' })).toEqual(['2021-23', '2022-02']);
    expect(dates(state, { target: 'aldre', actor: 'region:03' })).toEqual([]);
    expect(query(state).items.map((i) => i.initiative?.id)).toEqual(['halsosamtal-uppsala', 'arvika-mobilt-team', 'arvika-mobilt-team']);
  });

  it('follows a corrected registration into other filters', () => {
    const corrected = new LedgerBuilder();
    const t = corrected.initiative('t', { kind: 'pilot', owners: ['region:17'] });
    t.started('2022-05-01');
    corrected.correct(t.registered, { kind: 'mobilt_team', owners: ['region:12'] }, 'Fel typ');
    const s = build(corrected.events);
    expect(query(s, { kind: 'mobilt_team', lan: 'lan:12' }).items).toHaveLength(1);
    expect(query(s, { kind: 'pilot' }).items).toEqual([]);
    expect(query(s, { kind: 'pilot', asOf: Date.parse(corrected.events[1].metadata.recordedAt) }).items).toHaveLength(1);
  });
});

function parse(cursor: string) {
  const [key, position] = cursor.split(':').map(Number);
  return { key, position };
}
