import type { Event } from '../../ledger/domain/event.js';
import type { ActorId, EdtfDate, PlanKind, PlanScope } from '../../ledger/domain/vocabulary.js';

/** A styrdokument (plan) comes into the ledger: work on it has begun or it is known to exist. */
export type PlanInitiated = Event<
  'PlanInitiated',
  {
    planId: string;
    title: string;
    kind: PlanKind;
    scope: PlanScope;
    /** Län (`lan:NN`) the plan belongs to; null only for national plans. */
    lan: ActorId | null;
    /** Owner of a region-, kommun- or national plan (`region:17`); for a länsgemensam plan the län. */
    owner: ActorId;
    /** Parties that must each adopt (anta/godkänna) the plan for it to be fully adopted. */
    parties: ActorId[];
    /** When the work began (arbetet inleddes), if the source says. */
    initiatedOn: EdtfDate | null;
    description: string | null;
  }
>;

/** Förslag: a draft was put forward to the parties. */
export type PlanProposed = Event<'PlanProposed', { planId: string; decidedOn: EdtfDate; proposedBy: ActorId | null }>;

/** Antagen/godkänd/beslutad by one party, by one of its bodies (kommunfullmäktige, regionstyrelse, direktörsberedning). */
export type PlanAdopted = Event<
  'PlanAdopted',
  { planId: string; party: ActorId; decidedOn: EdtfDate; decidedBy: string; version: number }
>;

/** Reviderad: a new version. Adoptions already recorded stay with the version they adopted. */
export type PlanRevised = Event<
  'PlanRevised',
  { planId: string; version: number; decidedOn: EdtfDate; title: string | null; description: string | null }
>;

/** Ersatt: replaced by another plan. */
export type PlanSuperseded = Event<'PlanSuperseded', { planId: string; supersededBy: string; decidedOn: EdtfDate }>;

/** Återkallad: no longer pursued. */
export type PlanWithdrawn = Event<'PlanWithdrawn', { planId: string; decidedOn: EdtfDate; reason: string }>;

export type PlanEvent = PlanInitiated | PlanProposed | PlanAdopted | PlanRevised | PlanSuperseded | PlanWithdrawn;
