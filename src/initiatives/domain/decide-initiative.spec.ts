import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import type { InitiativeTransition, RegisterInitiative } from '../../ledger/domain/commands.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import { decideInitiative, initiativeDecider, type InitiativeCommand } from './decide-initiative.js';
import type { InitiativeEvent, InitiativeRegistered } from './initiative-events.js';
import type { Initiative } from './initiative-state.js';

const actors = loadActorRegistry();
const now = new Date('2024-01-15T09:00:00Z');
const initiativeId = 'arvika-mobilt-team';

const given = (...events: InitiativeEvent[]) => ({
  when: (command: InitiativeCommand) => () => decideInitiative(command, foldEvents(initiativeDecider, events), { now, actors }),
});

const arvikaMobileTeamRegistered = (): InitiativeRegistered => ({
  type: 'InitiativeRegistered',
  data: {
    initiativeId,
    title: 'Mobilt närsjukvårdsteam i Arvika',
    kind: 'mobilt_team',
    program: null,
    owners: ['region:17', 'kommun:1784'],
    lan: 'lan:17',
    targetGroups: ['aldre'],
    focusAreas: ['samordning', 'proaktivitet'],
    description: null,
  },
});
const step = (type: Exclude<InitiativeEvent['type'], 'InitiativeRegistered'>, decidedOn: string): InitiativeEvent =>
  ({ type, data: { initiativeId, decidedOn, decidedBy: null, note: null } }) as InitiativeEvent;
const givenArvikaMobileTeam = (...later: InitiativeEvent[]) => given(arvikaMobileTeamRegistered(), ...later);
const givenArvikaMobileTeamStartedIn = (decidedOn: string) => givenArvikaMobileTeam(step('InitiativeStarted', decidedOn));

const transition = (command: Exclude<InitiativeCommand['command'], 'RegisterInitiative'>, data: Partial<InitiativeTransition> = {}) =>
  ({ command, data: { initiativeId, decidedOn: '2023-09', ...data } }) as InitiativeCommand;
const refusedWith = (code: string, field?: string) => expect.objectContaining({ code, ...(field ? { field } : {}) });

describe('registering an initiative', () => {
  const register = (data: Record<string, unknown> = {}): InitiativeCommand => ({
    command: 'RegisterInitiative',
    data: { initiativeId, title: 'Mobilt närsjukvårdsteam i Arvika', kind: 'mobilt_team', owners: ['region:17', 'kommun:1784'], targetGroups: ['aldre'], focusAreas: ['samordning', 'proaktivitet'], ...data } as RegisterInitiative,
  });

  it('takes its län from owners that share one', () => {
    expect(given().when(register())()).toEqual([arvikaMobileTeamRegistered()]);
  });

  it('has no län when its owners are in several län or national', () => {
    const [event] = given().when(register({ owners: ['national:skr', 'region:17'], program: '1177_direkt' }))();
    expect(event.data).toMatchObject({ lan: null, program: '1177_direkt' });
  });

  it.each([
    [{ kind: 'team' }, 'INITIATIVE.UNKNOWN_KIND', 'kind'],
    [{ program: 'hälsosamtal' }, 'INITIATIVE.UNKNOWN_PROGRAM', 'program'],
    [{ focusAreas: ['samordning', 'innovation'] }, 'INITIATIVE.UNKNOWN_FOCUS_AREA', 'focusAreas[1]'],
    [{ focusAreas: ['samordning', 'samordning'] }, 'INITIATIVE.DUPLICATE_FOCUS_AREA', 'focusAreas[1]'],
    [{ targetGroups: ['pensionarer'] }, 'INITIATIVE.UNKNOWN_TARGET_GROUP', 'targetGroups[0]'],
    [{ owners: [] }, 'INITIATIVE.OWNERS_REQUIRED', 'owners'],
    [{ owners: ['kommun:1784', 'kommun:0000'] }, 'ACTOR.UNKNOWN', 'owners[1]'],
    [{ owners: ['kommun:1784', 'kommun:1784'] }, 'INITIATIVE.DUPLICATE_OWNER', 'owners[1]'],
    [{ lan: 'lan:01' }, 'INITIATIVE.OWNER_OUTSIDE_LAN', 'owners[0]'],
    [{ lan: 'kommun:1784' }, 'ACTOR.WRONG_KIND', 'lan'],
    [{ initiativeId: '-arvika' }, 'INITIATIVE.INVALID_ID', 'initiativeId'],
  ])('refuses %j with %s on %s', (data, code, field) => {
    expect(given().when(register(data))).toThrow(refusedWith(code, field));
  });

  it('refuses an id that is already taken', () => {
    expect(givenArvikaMobileTeam().when(register())).toThrow(refusedWith('INITIATIVE.ALREADY_EXISTS', 'initiativeId'));
  });
});

describe('the life of an initiative', () => {
  it('goes from decided to started, scaled up, made permanent and ended', () => {
    const events: InitiativeEvent[] = [arvikaMobileTeamRegistered()];
    const steps: [Parameters<typeof transition>[0], string][] = [
      ['DecideInitiative', '2021-11'],
      ['StartInitiative', '2022-21'],
      ['ScaleUpInitiative', '2022-23'],
      ['MakeInitiativePermanent', '2023'],
      ['EndInitiative', '2023-12-31'],
    ];
    for (const [command, decidedOn] of steps) events.push(...given(...events).when(transition(command, { decidedOn }))());
    const initiative = foldEvents(initiativeDecider, events) as Initiative;
    expect(initiative.stage).toBe('ended');
    expect(initiative.transitions.map((t) => t.decidedOn)).toEqual(['2021-11', '2022-21', '2022-23', '2023', '2023-12-31']);
  });

  it('may start without a recorded decision', () => {
    expect(givenArvikaMobileTeam().when(transition('StartInitiative', { decidedBy: 'hälso- och sjukvårdsnämnden' }))()).toEqual([
      { type: 'InitiativeStarted', data: { initiativeId, decidedOn: '2023-09', decidedBy: 'hälso- och sjukvårdsnämnden', note: null } },
    ]);
  });

  it('refuses ending an initiative that never started', () => {
    expect(givenArvikaMobileTeam(step('InitiativeDecided', '2022')).when(transition('EndInitiative'))).toThrow(
      refusedWith('INITIATIVE.TRANSITION_OUT_OF_ORDER'),
    );
  });

  it.each(['DecideInitiative', 'StartInitiative'] as const)('refuses %s once started', (command) => {
    expect(givenArvikaMobileTeamStartedIn('2022').when(transition(command))).toThrow(refusedWith('INITIATIVE.TRANSITION_OUT_OF_ORDER'));
  });

  it('refuses anything after the end', () => {
    const ended = givenArvikaMobileTeam(step('InitiativeStarted', '2022'), step('InitiativeEnded', '2023'));
    expect(ended.when(transition('ScaleUpInitiative'))).toThrow(refusedWith('INITIATIVE.TRANSITION_OUT_OF_ORDER'));
  });

  it('refuses a step dated certainly before the step it follows, but not one that may be on the same day', () => {
    expect(givenArvikaMobileTeamStartedIn('2022-23').when(transition('EndInitiative', { decidedOn: '2022-05' }))).toThrow(
      refusedWith('INITIATIVE.DATE_BEFORE_PREVIOUS', 'decidedOn'),
    );
    expect(givenArvikaMobileTeamStartedIn('2022-23').when(transition('EndInitiative', { decidedOn: '2022' }))).not.toThrow();
  });

  it.each([
    ['2023-02-29', 'DATE.INVALID'],
    ['2024-02', 'DATE.AFTER_RECORD_TIME'],
  ])('refuses the date %s', (decidedOn, code) => {
    expect(givenArvikaMobileTeam().when(transition('StartInitiative', { decidedOn }))).toThrow(refusedWith(code, 'decidedOn'));
  });

  it('refuses a transition of an unknown initiative', () => {
    expect(given().when(transition('StartInitiative'))).toThrow(refusedWith('INITIATIVE.NOT_FOUND', 'initiativeId'));
  });
});
