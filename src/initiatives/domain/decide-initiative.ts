import type { LedgerCommand, RegisterInitiative } from '../../ledger/domain/commands.js';
import { parseDecisionDate } from '../../ledger/domain/decision-date.js';
import type { DecideContext, Decider } from '../../ledger/domain/decider.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { optionalText, requireActor, requireDecisionDate, requireDistinct, requireOneOf, requireSlug, requireText } from '../../ledger/domain/rules.js';
import { FOCUS_AREAS, INITIATIVE_KINDS, PROGRAMS, TARGET_GROUPS, type ActorId } from '../../ledger/domain/vocabulary.js';
import type { InitiativeEvent, InitiativeRegistered } from './initiative-events.js';
import {
  evolveInitiative,
  initialInitiativeState,
  type InitiativeStage,
  type InitiativeState,
  type InitiativeTransitionType,
} from './initiative-state.js';

export type InitiativeCommand = Extract<
  LedgerCommand,
  { command: 'RegisterInitiative' | 'DecideInitiative' | 'StartInitiative' | 'ScaleUpInitiative' | 'MakeInitiativePermanent' | 'EndInitiative' }
>;
type TransitionCommand = Exclude<InitiativeCommand, { command: 'RegisterInitiative' }>;

/** Each transition, the event it records, the stages it may follow, and how a refusal reads. */
const TRANSITIONS: Record<TransitionCommand['command'], { event: InitiativeTransitionType; from: readonly InitiativeStage[]; verb: string }> = {
  DecideInitiative: { event: 'InitiativeDecided', from: ['registered'], verb: 'beslutas' },
  StartInitiative: { event: 'InitiativeStarted', from: ['registered', 'decided'], verb: 'startas' },
  ScaleUpInitiative: { event: 'InitiativeScaledUp', from: ['started', 'scaled_up'], verb: 'breddinföras' },
  MakeInitiativePermanent: { event: 'InitiativeMadePermanent', from: ['started', 'scaled_up'], verb: 'permanentas' },
  EndInitiative: { event: 'InitiativeEnded', from: ['started', 'scaled_up', 'made_permanent'], verb: 'avslutas' },
};

const STAGE_NAMES: Record<InitiativeStage, string> = {
  registered: 'registrerad men inte beslutad eller startad',
  decided: 'beslutad men inte startad',
  started: 'startad',
  scaled_up: 'breddinförd',
  made_permanent: 'permanentad',
  ended: 'avslutad',
};

function register(data: RegisterInitiative, state: InitiativeState, { actors }: DecideContext): InitiativeRegistered {
  const initiativeId = requireSlug(data.initiativeId, 'initiativeId', 'INITIATIVE.INVALID_ID');
  if (state.exists) throw new DomainError('INITIATIVE.ALREADY_EXISTS', `Insatsen "${initiativeId}" finns redan`, 'initiativeId', 'unique-initiative');
  if (data.owners.length === 0) throw new DomainError('INITIATIVE.OWNERS_REQUIRED', 'owners måste ange minst en huvudman', 'owners', 'non-empty');
  const owners = data.owners.map((owner, index) => requireActor(actors, owner, `owners[${index}]`));
  requireDistinct(data.owners, 'owners', 'INITIATIVE.DUPLICATE_OWNER');
  let lan: ActorId | null = null;
  if (data.lan !== undefined) {
    lan = requireActor(actors, data.lan, 'lan', ['lan']).id;
    const outside = owners.findIndex((owner) => owner.lan !== null && owner.lan !== lan);
    if (outside >= 0) throw new DomainError('INITIATIVE.OWNER_OUTSIDE_LAN', `${owners[outside].name} ligger inte i ${lan}`, `owners[${outside}]`, 'owner-in-lan');
  } else {
    const lans = new Set(owners.map((owner) => owner.lan));
    lan = lans.size === 1 ? [...lans][0] : null;
  }
  return {
    type: 'InitiativeRegistered',
    data: {
      initiativeId,
      title: requireText(data.title, 'title', 'INITIATIVE.TITLE_REQUIRED'),
      kind: requireOneOf(INITIATIVE_KINDS, data.kind, 'kind', 'INITIATIVE.UNKNOWN_KIND'),
      program: data.program === undefined ? null : requireOneOf(PROGRAMS, data.program, 'program', 'INITIATIVE.UNKNOWN_PROGRAM'),
      owners: data.owners,
      lan,
      targetGroups: requireDistinct(
        (data.targetGroups ?? []).map((group, i) => requireOneOf(TARGET_GROUPS, group, `targetGroups[${i}]`, 'INITIATIVE.UNKNOWN_TARGET_GROUP')),
        'targetGroups',
        'INITIATIVE.DUPLICATE_TARGET_GROUP',
      ),
      focusAreas: requireDistinct(
        (data.focusAreas ?? []).map((area, i) => requireOneOf(FOCUS_AREAS, area, `focusAreas[${i}]`, 'INITIATIVE.UNKNOWN_FOCUS_AREA')),
        'focusAreas',
        'INITIATIVE.DUPLICATE_FOCUS_AREA',
      ),
      description: optionalText(data.description, 'description', 'INITIATIVE.DESCRIPTION_TOO_LONG'),
    },
  };
}

function transition(command: TransitionCommand, state: InitiativeState, { now }: DecideContext): InitiativeEvent {
  const { initiativeId, decidedOn, decidedBy, note } = command.data;
  if (!state.exists) throw new DomainError('INITIATIVE.NOT_FOUND', `Insatsen "${initiativeId}" finns inte`, 'initiativeId', 'known-initiative');
  const rule = TRANSITIONS[command.command];
  if (!rule.from.includes(state.stage)) {
    throw new DomainError('INITIATIVE.TRANSITION_OUT_OF_ORDER', `Insatsen kan inte ${rule.verb}: den är ${STAGE_NAMES[state.stage]}`, 'initiativeId', 'transition-order');
  }
  const date = requireDecisionDate(decidedOn, 'decidedOn', now);
  const previous = state.transitions.at(-1);
  if (previous && parseDecisionDate(date).latest < parseDecisionDate(previous.decidedOn).earliest) {
    throw new DomainError('INITIATIVE.DATE_BEFORE_PREVIOUS', `decidedOn ${date} ligger före föregående steg (${previous.decidedOn})`, 'decidedOn', 'chronological-order');
  }
  return {
    type: rule.event,
    data: {
      initiativeId,
      decidedOn: date,
      decidedBy: optionalText(decidedBy, 'decidedBy', 'INITIATIVE.DECIDED_BY_TOO_LONG', 200),
      note: optionalText(note, 'note', 'INITIATIVE.NOTE_TOO_LONG', 2000),
    },
  } as InitiativeEvent;
}

export function decideInitiative(command: InitiativeCommand, state: InitiativeState, context: DecideContext): InitiativeEvent[] {
  return [command.command === 'RegisterInitiative' ? register(command.data, state, context) : transition(command, state, context)];
}

export const initiativeDecider: Decider<InitiativeCommand, InitiativeEvent, InitiativeState> = {
  initialState: initialInitiativeState,
  evolve: evolveInitiative,
  decide: decideInitiative,
};
