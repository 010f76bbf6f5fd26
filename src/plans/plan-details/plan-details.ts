import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import { parseDecisionDate } from '../../ledger/domain/decision-date.js';
import type { ActorId, EdtfDate } from '../../ledger/domain/vocabulary.js';
import { currentAdoptions, pendingParties, planStatus, type Plan, type PlanAdoption, type PlanStatus } from '../domain/plan-state.js';

export interface PartyStanding {
  readonly party: ActorId;
  readonly name: string;
  /** The party's adoption of the current version, or null while it has not adopted. */
  readonly adoption: Omit<PlanAdoption, 'party'> | null;
}

export interface PlanDetails {
  readonly planId: string;
  readonly title: string;
  readonly kind: Plan['kind'];
  readonly scope: Plan['scope'];
  readonly lan: ActorId | null;
  readonly owner: ActorId;
  readonly ownerName: string;
  readonly status: PlanStatus;
  readonly version: number;
  readonly initiatedOn: EdtfDate | null;
  readonly proposedOn: EdtfDate | null;
  /** Decision date of the last party's adoption once every party adopted the current version. */
  readonly fullyAdoptedOn: EdtfDate | null;
  readonly description: string | null;
  readonly parties: readonly PartyStanding[];
  readonly pendingParties: readonly ActorId[];
  /** Every adoption, of every version, in record order. */
  readonly adoptions: readonly PlanAdoption[];
  readonly revisions: Plan['revisions'];
  readonly supersededBy: Plan['supersededBy'];
  readonly withdrawn: Plan['withdrawn'];
  /** Stream revision: send it as If-Match to refuse a command if the plan changed meanwhile. */
  readonly revision: number;
}

/** The adoption decided last: the latest possible day, imprecise dates counted by their last day. */
function lastDecided(adoptions: readonly PlanAdoption[]): EdtfDate | null {
  let last: { edtf: EdtfDate; latest: string } | null = null;
  for (const adoption of adoptions) {
    const latest = parseDecisionDate(adoption.decidedOn).latest;
    if (!last || latest > last.latest) last = { edtf: adoption.decidedOn, latest };
  }
  return last?.edtf ?? null;
}

/** GET /plans/{id}: the plan, its state and each party's adoption. */
export function planDetails(plan: Plan, actors: ActorRegistry, revision: number): PlanDetails {
  const adopted = new Map(currentAdoptions(plan).map((adoption) => [adoption.party, adoption]));
  const pending = pendingParties(plan);
  return {
    planId: plan.planId,
    title: plan.title,
    kind: plan.kind,
    scope: plan.scope,
    lan: plan.lan,
    owner: plan.owner,
    ownerName: actors.get(plan.owner)?.name ?? plan.owner,
    status: planStatus(plan),
    version: plan.version,
    initiatedOn: plan.initiatedOn,
    proposedOn: plan.proposedOn,
    fullyAdoptedOn: pending.length === 0 ? lastDecided([...adopted.values()]) : null,
    description: plan.description,
    parties: plan.parties.map((party) => {
      const adoption = adopted.get(party);
      return {
        party,
        name: actors.get(party)?.name ?? party,
        adoption: adoption ? { decidedOn: adoption.decidedOn, decidedBy: adoption.decidedBy, version: adoption.version, eventId: adoption.eventId } : null,
      };
    }),
    pendingParties: pending,
    adoptions: plan.adoptions,
    revisions: plan.revisions,
    supersededBy: plan.supersededBy,
    withdrawn: plan.withdrawn,
    revision,
  };
}
