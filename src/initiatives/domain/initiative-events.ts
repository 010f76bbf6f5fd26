import type { Event } from '../../ledger/domain/event.js';
import type {
  ActorId,
  EdtfDate,
  FocusArea,
  InitiativeKind,
  Program,
  TargetGroup,
} from '../../ledger/domain/vocabulary.js';

/** An arbetssätt or insats (mobile team, pilot, service, training) comes into the ledger. */
export type InitiativeRegistered = Event<
  'InitiativeRegistered',
  {
    initiativeId: string;
    title: string;
    kind: InitiativeKind;
    program: Program | null;
    /** Huvudmän: one or more actors. */
    owners: ActorId[];
    /** Län the initiative belongs to; null for national initiatives. */
    lan: ActorId | null;
    targetGroups: TargetGroup[];
    focusAreas: FocusArea[];
    description: string | null;
  }
>;

type Transition<Type extends string> = Event<
  Type,
  { initiativeId: string; decidedOn: EdtfDate; decidedBy: string | null; note: string | null }
>;

/** Beslutad: a body decided to do it. */
export type InitiativeDecided = Transition<'InitiativeDecided'>;
/** Startad: the team or service began work (decision time is the start date). */
export type InitiativeStarted = Transition<'InitiativeStarted'>;
/** Breddinförd: scaled up beyond the first unit. */
export type InitiativeScaledUp = Transition<'InitiativeScaledUp'>;
/** Permanentad: made part of ordinarie verksamhet. */
export type InitiativeMadePermanent = Transition<'InitiativeMadePermanent'>;
/** Avslutad. */
export type InitiativeEnded = Transition<'InitiativeEnded'>;

export type InitiativeEvent =
  | InitiativeRegistered
  | InitiativeDecided
  | InitiativeStarted
  | InitiativeScaledUp
  | InitiativeMadePermanent
  | InitiativeEnded;
