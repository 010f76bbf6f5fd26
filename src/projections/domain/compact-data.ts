import type { FigurePublished } from '../../figures/domain/figure-events.js';
import type { InitiativeRegistered } from '../../initiatives/domain/initiative-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import type { ActorId, EdtfDate, FocusArea, InitiativeKind, PlanKind, PlanScope, Program, TargetGroup } from '../../ledger/domain/vocabulary.js';
import type { PlanInitiated } from '../../plans/domain/plan-events.js';
import { internString, internStrings } from './intern.js';

/**
 * The fields of an event that read models use, under the event's own field
 * names (so a correction's `fields` apply to them), with repeated strings
 * shared. Keeping these instead of the parsed events keeps a large log small.
 */
export interface PlanHead {
  readonly title: string;
  readonly kind: PlanKind;
  readonly scope: PlanScope;
  readonly lan: ActorId | null;
  readonly owner: ActorId;
  readonly parties: readonly ActorId[];
  readonly initiatedOn: EdtfDate | null;
}

export interface InitiativeHead {
  readonly title: string;
  readonly kind: InitiativeKind;
  readonly program: Program | null;
  readonly owners: readonly ActorId[];
  readonly lan: ActorId | null;
  readonly targetGroups: readonly TargetGroup[];
  readonly focusAreas: readonly FocusArea[];
}

/** A dated decision: adoption, proposal, revision, supersession, withdrawal, initiative transition. */
export interface Decision {
  readonly decidedOn: EdtfDate | null;
  /** Adopting party (PlanAdopted). */
  readonly party?: ActorId;
  /** Proposing actor (PlanProposed). */
  readonly proposedBy?: ActorId | null;
  /** Deciding body (PlanAdopted, initiative transitions). */
  readonly decidedBy?: string | null;
  readonly version?: number;
  /** New title (PlanRevised). */
  readonly title?: string | null;
  readonly supersededBy?: string;
  /** Withdrawal reason or transition note. */
  readonly reason?: string;
  readonly note?: string | null;
}

export interface FigureData {
  readonly figureId: string;
  readonly indicatorId: string;
  readonly year: number;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly publisher: ActorId;
  readonly decidedOn: EdtfDate | null;
  readonly note: string | null;
}

/**
 * Each projection asks in turn for the same event's compact data; they share
 * one object (records never change their `original`), made once per event.
 */
function oncePerEvent<T>(make: (event: StoredLedgerEvent) => T): (event: StoredLedgerEvent) => T {
  let last: StoredLedgerEvent | null = null;
  let value: T;
  return (event) => {
    if (event !== last) {
      value = make(event);
      last = event;
    }
    return value;
  };
}

export const planHead = oncePerEvent((event): PlanHead => {
  const data = (event as StoredLedgerEvent<PlanInitiated>).data;
  return {
    title: data.title,
    kind: internString(data.kind),
    scope: internString(data.scope),
    lan: internString(data.lan ?? null),
    owner: internString(data.owner),
    parties: internStrings(data.parties),
    initiatedOn: internString(data.initiatedOn ?? null),
  };
});

export const initiativeHead = oncePerEvent((event): InitiativeHead => {
  const data = (event as StoredLedgerEvent<InitiativeRegistered>).data;
  return {
    title: data.title,
    kind: internString(data.kind),
    program: internString(data.program ?? null),
    owners: internStrings(data.owners),
    lan: internString(data.lan ?? null),
    targetGroups: internStrings(data.targetGroups) as TargetGroup[],
    focusAreas: internStrings(data.focusAreas) as FocusArea[],
  };
});

export const figureData = oncePerEvent((event): FigureData => {
  const data = (event as StoredLedgerEvent<FigurePublished>).data;
  return {
    figureId: data.figureId,
    indicatorId: internString(data.indicatorId),
    year: data.year,
    value: data.value,
    numerator: data.numerator ?? null,
    denominator: data.denominator ?? null,
    publisher: internString(data.publisher),
    decidedOn: internString(data.decidedOn ?? null),
    note: data.note ?? null,
  };
});

/** The decision fields of any dated plan or initiative event. */
export const decision = oncePerEvent((event): Decision => {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'PlanAdopted':
      return { decidedOn: internString(data.decidedOn as string), party: internString(data.party as string), decidedBy: internString(data.decidedBy as string), version: data.version as number };
    case 'PlanProposed':
      return { decidedOn: internString(data.decidedOn as string), proposedBy: internString((data.proposedBy as string | null) ?? null) };
    case 'PlanRevised':
      return { decidedOn: internString(data.decidedOn as string), version: data.version as number, title: (data.title as string | null) ?? null };
    case 'PlanSuperseded':
      return { decidedOn: internString(data.decidedOn as string), supersededBy: data.supersededBy as string };
    case 'PlanWithdrawn':
      return { decidedOn: internString(data.decidedOn as string), reason: data.reason as string };
    default:
      return {
        decidedOn: internString((data.decidedOn as string | null) ?? null),
        decidedBy: internString((data.decidedBy as string | null) ?? null),
        note: (data.note as string | null) ?? null,
      };
  }
});
