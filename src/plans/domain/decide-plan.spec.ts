import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import type { AdoptPlan } from '../../ledger/domain/commands.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import { decidePlan, planDecider, type PlanCommand, type PlanDecideContext } from './decide-plan.js';
import type { PlanAdopted, PlanEvent, PlanInitiated } from './plan-events.js';
import type { PlanState } from './plan-state.js';

const actors = loadActorRegistry();
const now = new Date('2024-01-15T09:00:00Z');
const VARMLAND_PARTIES = actors.defaultParties('lan:17');

const given = (...events: PlanEvent[]) => ({
  when: (command: PlanCommand, extra: Partial<PlanDecideContext> = {}) => () =>
    decidePlan(command, foldEvents(planDecider, events), { now, actors, ...extra }),
});

const varmlandMalbildInitiated = (): PlanInitiated => ({
  type: 'PlanInitiated',
  data: {
    planId: 'varmland-malbild-2022',
    title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland',
    kind: 'malbild',
    scope: 'lan',
    lan: 'lan:17',
    owner: 'lan:17',
    parties: VARMLAND_PARTIES,
    initiatedOn: '2021',
    description: null,
  },
});

const adoptedBy = (party: string, decidedOn = '2022-04-25', version = 1): PlanAdopted => ({
  type: 'PlanAdopted',
  data: { planId: 'varmland-malbild-2022', party, decidedOn, decidedBy: 'kommunfullmäktige', version },
});

const givenVarmlandMalbildAdoptedBy = (...parties: string[]) => given(varmlandMalbildInitiated(), ...parties.map((p) => adoptedBy(p)));

const adopt = (party: string, data: Partial<AdoptPlan> = {}): PlanCommand => ({
  command: 'AdoptPlan',
  data: { planId: 'varmland-malbild-2022', party, decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige', ...data },
});

const refusedWith = (code: string, field?: string) => expect.objectContaining({ code, ...(field ? { field } : {}) });

describe('initiating a plan', () => {
  const initiate = (data: Record<string, unknown>): PlanCommand =>
    ({ command: 'InitiatePlan', data: { planId: 'varmland-malbild-2022', title: 'Målbild', kind: 'malbild', scope: 'lan', ...data } }) as PlanCommand;

  it('gives a länsgemensam plan the region and every kommun of the län as parties', () => {
    const [event] = given().when(initiate({ lan: 'lan:17' }))();
    expect(event).toMatchObject({ type: 'PlanInitiated', data: { lan: 'lan:17', owner: 'lan:17', parties: VARMLAND_PARTIES } });
    expect((event.data as PlanInitiated['data']).parties).toHaveLength(17);
  });

  it('lets the län\'s joint body decide alone', () => {
    const [event] = given().when(initiate({ lan: 'lan:17', kind: 'fardplan', parties: ['lan:17'] }))();
    expect(event.data).toMatchObject({ parties: ['lan:17'] });
  });

  it('gives a regional plan its region as owner and only party', () => {
    const [event] = given().when(initiate({ scope: 'region', kind: 'handlingsplan', lan: 'lan:17' }))();
    expect(event.data).toMatchObject({ owner: 'region:17', lan: 'lan:17', parties: ['region:17'] });
  });

  it('takes any actors as parties of a national agreement', () => {
    const [event] = given().when(initiate({ scope: 'national', kind: 'overenskommelse', owner: 'national:regeringen', parties: ['national:regeringen', 'national:skr'] }))();
    expect(event.data).toMatchObject({ lan: null, owner: 'national:regeringen', parties: ['national:regeringen', 'national:skr'] });
  });

  it.each([
    [{ kind: 'vision', lan: 'lan:17' }, 'PLAN.UNKNOWN_KIND', 'kind'],
    [{ scope: 'county', lan: 'lan:17' }, 'PLAN.UNKNOWN_SCOPE', 'scope'],
    [{ lan: 'lan:99' }, 'ACTOR.UNKNOWN', 'lan'],
    [{}, 'PLAN.LAN_REQUIRED', 'lan'],
    [{ lan: 'lan:17', parties: ['kommun:1784', 'kommun:0180'] }, 'PLAN.PARTY_OUTSIDE_LAN', 'parties[1]'],
    [{ lan: 'lan:17', parties: ['kommun:1784', 'kommun:1784'] }, 'PLAN.DUPLICATE_PARTY', 'parties[1]'],
    [{ lan: 'lan:17', parties: ['kommun:9999'] }, 'ACTOR.UNKNOWN', 'parties[0]'],
    [{ lan: 'lan:17', parties: [] }, 'PLAN.PARTIES_EMPTY', 'parties'],
    [{ lan: 'lan:17', initiatedOn: '2024-02' }, 'DATE.AFTER_RECORD_TIME', 'initiatedOn'],
    [{ lan: 'lan:17', initiatedOn: '2021-02-29' }, 'DATE.INVALID', 'initiatedOn'],
    [{ lan: 'lan:17', planId: 'Värmland målbild' }, 'PLAN.INVALID_ID', 'planId'],
    [{ lan: 'lan:17', title: '  ' }, 'PLAN.TITLE_REQUIRED', 'title'],
    [{ scope: 'kommun' }, 'PLAN.OWNER_REQUIRED', 'owner'],
    [{ scope: 'kommun', owner: 'region:17' }, 'ACTOR.WRONG_KIND', 'owner'],
    [{ scope: 'kommun', owner: 'kommun:1784', lan: 'lan:01' }, 'PLAN.OWNER_OUTSIDE_LAN', 'owner'],
    [{ scope: 'national', owner: 'national:skr', lan: 'lan:17' }, 'PLAN.LAN_NOT_ALLOWED', 'lan'],
  ])('refuses %j with %s on %s', (data, code, field) => {
    expect(given().when(initiate(data))).toThrow(refusedWith(code, field));
  });

  it('refuses a plan id that is already taken', () => {
    expect(given(varmlandMalbildInitiated()).when(initiate({ lan: 'lan:17' }))).toThrow(refusedWith('PLAN.ALREADY_EXISTS', 'planId'));
  });
});

describe('adopting a plan, party by party', () => {
  it('records the adoption with the date exactly as precise as given', () => {
    expect(givenVarmlandMalbildAdoptedBy('kommun:1784').when(adopt('region:17', { decidedOn: '2022-21', decidedBy: 'regionfullmäktige' }))()).toEqual([
      { type: 'PlanAdopted', data: { planId: 'varmland-malbild-2022', party: 'region:17', decidedOn: '2022-21', decidedBy: 'regionfullmäktige', version: 1 } },
    ]);
  });

  it('is fully adopted when the last party adopts', () => {
    const all = VARMLAND_PARTIES;
    const state = foldEvents(planDecider, [varmlandMalbildInitiated(), ...all.map((p) => adoptedBy(p))]) as Extract<PlanState, { exists: true }>;
    expect(state.adoptions).toHaveLength(17);
  });

  it('refuses a second adoption by the same party', () => {
    expect(givenVarmlandMalbildAdoptedBy('kommun:1784').when(adopt('kommun:1784'))).toThrow(refusedWith('PLAN.PARTY_ALREADY_ADOPTED', 'party'));
  });

  it('lets a party adopt a revised version again', () => {
    const revised = { type: 'PlanRevised', data: { planId: 'varmland-malbild-2022', version: 2, decidedOn: '2023', title: null, description: null } } as const;
    const [event] = given(varmlandMalbildInitiated(), adoptedBy('kommun:1784'), revised).when(adopt('kommun:1784', { decidedOn: '2023-05' }))();
    expect(event.data).toMatchObject({ version: 2 });
  });

  it.each([
    ['kommun:0180', 'PLAN.PARTY_NOT_A_PARTY'],
    ['kommun:9999', 'ACTOR.UNKNOWN'],
  ])('refuses %s as party', (party, code) => {
    expect(givenVarmlandMalbildAdoptedBy().when(adopt(party))).toThrow(refusedWith(code, 'party'));
  });

  it.each([
    ['2022-13-01', 'DATE.INVALID'],
    ['28 mars 2022', 'DATE.INVALID'],
    ['2024-01-16', 'DATE.AFTER_RECORD_TIME'],
  ])('refuses the decision date %s', (decidedOn, code) => {
    expect(givenVarmlandMalbildAdoptedBy().when(adopt('kommun:1784', { decidedOn }))).toThrow(refusedWith(code, 'decidedOn'));
  });

  it('refuses an adoption without the deciding body', () => {
    expect(givenVarmlandMalbildAdoptedBy().when(adopt('kommun:1784', { decidedBy: '' }))).toThrow(refusedWith('PLAN.DECIDED_BY_REQUIRED', 'decidedBy'));
  });

  it('refuses an adoption of a plan that does not exist', () => {
    expect(given().when(adopt('kommun:1784'))).toThrow(refusedWith('PLAN.NOT_FOUND'));
  });

  it('refuses adopting a withdrawn plan', () => {
    const withdrawn = { type: 'PlanWithdrawn', data: { planId: 'varmland-malbild-2022', decidedOn: '2022-05', reason: 'Ersätts inte' } } as const;
    expect(given(varmlandMalbildInitiated(), withdrawn).when(adopt('kommun:1784'))).toThrow(refusedWith('PLAN.WITHDRAWN'));
  });

  it('refuses adopting a superseded plan', () => {
    const superseded = { type: 'PlanSuperseded', data: { planId: 'varmland-malbild-2022', supersededBy: 'varmland-malbild-2025', decidedOn: '2025' } } as const;
    expect(given(varmlandMalbildInitiated(), superseded).when(adopt('kommun:1784'))).toThrow(refusedWith('PLAN.SUPERSEDED'));
  });
});
