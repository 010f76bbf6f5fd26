import type { PlanRecord, PlansState } from '../../adoption/domain/plans-state.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import type { ActorId, PlanKind, PlanScope } from '../../ledger/domain/vocabulary.js';
import { inIdOrder } from '../../projections/domain/id-order.js';
import { cachedAtNow } from '../../projections/domain/now-cache.js';
import { eventsNow } from '../../projections/domain/versioned.js';
import { planDecider } from '../domain/decide-plan.js';
import { currentAdoptions, planStatus, type Plan, type PlanEventWithId, type PlanStatus } from '../domain/plan-state.js';

/** One line of GET /plans: the plan's own fields as folded, its status and who adopted its current version. */
export interface PlanSummary
  extends Pick<Plan, 'planId' | 'title' | 'kind' | 'scope' | 'lan' | 'owner' | 'version' | 'parties' | 'initiatedOn'> {
  readonly status: PlanStatus;
  readonly adoptedBy: readonly ActorId[];
}

/**
 * The plan's events as the record now reads (corrections applied, retracted
 * ones left out), folded by the plan's own decider, so the list says what a
 * command deciding on the plan would see. The runner's records hold the
 * fields the summary needs; the description is not one of them.
 */
function summarise(plan: PlanRecord): PlanSummary | null {
  const events = eventsNow(plan.head, 'PlanInitiated', (head) => ({ ...head, planId: plan.id, description: null }), plan.decisions);
  if (!events) return null;
  const folded = foldEvents(planDecider, events as PlanEventWithId[]);
  if (!folded.exists) return null;
  const { planId, title, kind, scope, lan, owner, version, parties, initiatedOn } = folded;
  return { planId, title, kind, scope, lan, owner, status: planStatus(folded), version, parties, adoptedBy: currentAdoptions(folded).map((a) => a.party), initiatedOn };
}

/** The plan's line, or null when its registration was retracted; kept until the plan changes. */
export const planSummary = (plan: PlanRecord): PlanSummary | null => cachedAtNow(plan, 'listCache', null, () => summarise(plan));

export interface PlanListFilter {
  readonly kind?: PlanKind;
  readonly scope?: PlanScope;
  readonly lan?: ActorId;
  readonly status?: PlanStatus;
  /** Plans the actor is a party of. */
  readonly party?: ActorId;
}

/** Plans matching the filter, ordered by id. Retracted plans are left out. */
export function listPlans(state: PlansState, filter: PlanListFilter): PlanSummary[] {
  const result: PlanSummary[] = [];
  for (const record of inIdOrder(state.plans)) {
    const plan = planSummary(record);
    if (
      plan &&
      (!filter.kind || plan.kind === filter.kind) &&
      (!filter.scope || plan.scope === filter.scope) &&
      (!filter.lan || plan.lan === filter.lan) &&
      (!filter.status || plan.status === filter.status) &&
      (!filter.party || plan.parties.includes(filter.party))
    )
      result.push(plan);
  }
  return result;
}
