import type { ActorId, EdtfDate, PlanKind, PlanScope } from '../../ledger/domain/vocabulary.js';
import type { PlanEvent } from './plan-events.js';

/** One party's decision (antagande/godkännande) as recorded. */
export interface PlanAdoption {
  readonly party: ActorId;
  readonly decidedOn: EdtfDate;
  readonly decidedBy: string;
  /** The version of the plan the party adopted. */
  readonly version: number;
  readonly eventId: string | null;
}

export interface Plan {
  readonly exists: true;
  readonly planId: string;
  readonly title: string;
  readonly kind: PlanKind;
  readonly scope: PlanScope;
  readonly lan: ActorId | null;
  readonly owner: ActorId;
  readonly parties: readonly ActorId[];
  readonly initiatedOn: EdtfDate | null;
  readonly description: string | null;
  readonly version: number;
  readonly proposedOn: EdtfDate | null;
  readonly adoptions: readonly PlanAdoption[];
  readonly revisions: readonly { readonly version: number; readonly decidedOn: EdtfDate }[];
  readonly supersededBy: { readonly planId: string; readonly decidedOn: EdtfDate } | null;
  readonly withdrawn: { readonly decidedOn: EdtfDate; readonly reason: string } | null;
}

export type PlanState = { readonly exists: false } | Plan;

/** A plan event as folded: the id is there when the event came from the store. */
export type PlanEventWithId = PlanEvent & { readonly id?: string };

export const initialPlanState = (): PlanState => ({ exists: false });

export function evolvePlan(state: PlanState, event: PlanEventWithId): PlanState {
  if (event.type === 'PlanInitiated') {
    const { planId, title, kind, scope, lan, owner, parties, initiatedOn, description } = event.data;
    return {
      exists: true, planId, title, kind, scope, lan, owner, parties, initiatedOn, description,
      version: 1, proposedOn: null, adoptions: [], revisions: [], supersededBy: null, withdrawn: null,
    };
  }
  // Events of a stream whose initiation was retracted have nothing to attach to.
  if (!state.exists) return state;
  switch (event.type) {
    case 'PlanProposed':
      return { ...state, proposedOn: event.data.decidedOn };
    case 'PlanAdopted': {
      const { party, decidedOn, decidedBy, version } = event.data;
      return { ...state, adoptions: [...state.adoptions, { party, decidedOn, decidedBy, version, eventId: event.id ?? null }] };
    }
    case 'PlanRevised':
      return {
        ...state,
        version: event.data.version,
        title: event.data.title ?? state.title,
        description: event.data.description ?? state.description,
        revisions: [...state.revisions, { version: event.data.version, decidedOn: event.data.decidedOn }],
      };
    case 'PlanSuperseded':
      return { ...state, supersededBy: { planId: event.data.supersededBy, decidedOn: event.data.decidedOn } };
    case 'PlanWithdrawn':
      return { ...state, withdrawn: { decidedOn: event.data.decidedOn, reason: event.data.reason } };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

export type PlanStatus = 'initiated' | 'proposed' | 'partially_adopted' | 'adopted' | 'superseded' | 'withdrawn';

/** Adoptions of the plan's current version, one per party. */
export const currentAdoptions = (plan: Plan): PlanAdoption[] => plan.adoptions.filter((a) => a.version === plan.version);

export const pendingParties = (plan: Plan): ActorId[] => {
  const adopted = new Set(currentAdoptions(plan).map((a) => a.party));
  return plan.parties.filter((party) => !adopted.has(party));
};

export function planStatus(plan: Plan): PlanStatus {
  if (plan.withdrawn) return 'withdrawn';
  if (plan.supersededBy) return 'superseded';
  const adopted = currentAdoptions(plan).length;
  if (adopted > 0) return pendingParties(plan).length === 0 ? 'adopted' : 'partially_adopted';
  return plan.proposedOn ? 'proposed' : 'initiated';
}
