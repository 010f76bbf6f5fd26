import type { ActorId, EdtfDate, FocusArea, InitiativeKind, Program, TargetGroup } from '../../ledger/domain/vocabulary.js';
import type { InitiativeEvent } from './initiative-events.js';

/** Where an initiative stands: registrerad, beslutad, startad, breddinförd, permanentad, avslutad. */
export type InitiativeStage = 'registered' | 'decided' | 'started' | 'scaled_up' | 'made_permanent' | 'ended';

export type InitiativeTransitionType = Exclude<InitiativeEvent['type'], 'InitiativeRegistered'>;

export const STAGE_AFTER: Record<InitiativeTransitionType, InitiativeStage> = {
  InitiativeDecided: 'decided',
  InitiativeStarted: 'started',
  InitiativeScaledUp: 'scaled_up',
  InitiativeMadePermanent: 'made_permanent',
  InitiativeEnded: 'ended',
};

export interface InitiativeTransitionRecord {
  readonly type: InitiativeTransitionType;
  readonly decidedOn: EdtfDate;
  readonly decidedBy: string | null;
  readonly note: string | null;
  readonly eventId: string | null;
}

export interface Initiative {
  readonly exists: true;
  readonly initiativeId: string;
  readonly title: string;
  readonly kind: InitiativeKind;
  readonly program: Program | null;
  readonly owners: readonly ActorId[];
  readonly lan: ActorId | null;
  readonly targetGroups: readonly TargetGroup[];
  readonly focusAreas: readonly FocusArea[];
  readonly description: string | null;
  readonly stage: InitiativeStage;
  readonly transitions: readonly InitiativeTransitionRecord[];
}

export type InitiativeState = { readonly exists: false } | Initiative;

export type InitiativeEventWithId = InitiativeEvent & { readonly id?: string };

export const initialInitiativeState = (): InitiativeState => ({ exists: false });

export function evolveInitiative(state: InitiativeState, event: InitiativeEventWithId): InitiativeState {
  switch (event.type) {
    case 'InitiativeRegistered':
      return { exists: true, ...event.data, stage: 'registered', transitions: [] };
    case 'InitiativeDecided':
    case 'InitiativeStarted':
    case 'InitiativeScaledUp':
    case 'InitiativeMadePermanent':
    case 'InitiativeEnded': {
      // Transitions of an initiative whose registration was retracted have nothing to attach to.
      if (!state.exists) return state;
      const { decidedOn, decidedBy, note } = event.data;
      return {
        ...state,
        stage: STAGE_AFTER[event.type],
        transitions: [...state.transitions, { type: event.type, decidedOn, decidedBy, note, eventId: event.id ?? null }],
      };
    }
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
