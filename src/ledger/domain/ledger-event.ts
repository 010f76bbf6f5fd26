import type { CorrectionEvent } from '../../corrections/domain/correction-events.js';
import type { FigureEvent } from '../../figures/domain/figure-events.js';
import type { InitiativeEvent } from '../../initiatives/domain/initiative-events.js';
import type { PlanEvent } from '../../plans/domain/plan-events.js';
import type { LedgerMetadata } from './metadata.js';

/** Every event the ledger records. */
export type LedgerEvent = PlanEvent | InitiativeEvent | FigureEvent | CorrectionEvent;
export type LedgerEventType = LedgerEvent['type'];

export const LEDGER_EVENT_TYPES: readonly LedgerEventType[] = [
  'PlanInitiated',
  'PlanProposed',
  'PlanAdopted',
  'PlanRevised',
  'PlanSuperseded',
  'PlanWithdrawn',
  'InitiativeRegistered',
  'InitiativeDecided',
  'InitiativeStarted',
  'InitiativeScaledUp',
  'InitiativeMadePermanent',
  'InitiativeEnded',
  'FigurePublished',
  'RecordCorrected',
  'RecordRetracted',
];

/** A ledger event as read back from the store: what projections consume. */
export type StoredLedgerEvent<E extends LedgerEvent = LedgerEvent> = E & {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly metadata: LedgerMetadata;
};
