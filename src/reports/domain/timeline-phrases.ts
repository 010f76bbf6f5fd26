import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { TimelineEntry } from './report-input.js';

/** One decision as a line of the timeline, in Swedish; types without a phrase are not timeline news. */
export const PHRASES: Partial<Record<LedgerEventType, (e: TimelineEntry) => string>> = {
  PlanInitiated: (e) => `Arbetet med ${e.subject} inleddes${e.actor ? ` (${e.actor})` : ''}`,
  PlanProposed: (e) => `Förslag till ${e.subject} lades fram${e.actor ? ` av ${e.actor}` : ''}`,
  PlanAdopted: (e) => `${e.actor ?? 'En part'} antog ${e.subject}`,
  PlanRevised: (e) => `${e.subject} reviderades`,
  PlanSuperseded: (e) => `${e.subject} ersattes av en ny plan`,
  PlanWithdrawn: (e) => `${e.subject} återkallades`,
  InitiativeDecided: (e) => `${e.actor ? `${e.actor} beslutade om` : 'Beslut om'} ${e.subject}`,
  InitiativeStarted: (e) => `${e.subject} startade${e.actor ? ` (${e.actor})` : ''}`,
  InitiativeScaledUp: (e) => `${e.subject} breddinfördes`,
  InitiativeMadePermanent: (e) => `${e.subject} blev ordinarie verksamhet`,
  InitiativeEnded: (e) => `${e.subject} avslutades`,
  FigurePublished: (e) => `${e.actor ?? 'En myndighet'} publicerade siffror för ${e.subject}`,
};

/** Which lines stay when a year has more than fit: completed plans and published figures first. */
export const WEIGHTS: Partial<Record<LedgerEventType, number>> = {
  FigurePublished: 3,
  PlanAdopted: 2,
  InitiativeStarted: 2,
  InitiativeScaledUp: 2,
  InitiativeMadePermanent: 2,
  PlanWithdrawn: 2,
  PlanSuperseded: 2,
};

/** A fully adopted plan's adoptions weigh most. */
export const COMPLETED_PLAN_WEIGHT = 4;
