import type { RecordLike } from '../../corrections/domain/effective-events.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import type { ActorId, PlanKind, PlanScope } from '../../ledger/domain/vocabulary.js';
import { aggregateListProjection, summaries, type AggregateListState } from '../../ledger/read/aggregate-list.js';
import { planDecider } from '../domain/decide-plan.js';
import { currentAdoptions, planStatus, type Plan, type PlanEventWithId, type PlanStatus } from '../domain/plan-state.js';

/** One line of GET /plans: the plan's own fields as folded, its status and who adopted its current version. */
export interface PlanSummary
  extends Pick<Plan, 'planId' | 'title' | 'kind' | 'scope' | 'lan' | 'owner' | 'version' | 'parties' | 'initiatedOn'> {
  readonly status: PlanStatus;
  readonly adoptedBy: readonly ActorId[];
}

export type PlanListState = AggregateListState<PlanSummary>;

export const planListProjection = aggregateListProjection<PlanSummary>('plan-list', 'plan');

function summarise(events: RecordLike[]): PlanSummary | null {
  const plan = foldEvents(planDecider, events as unknown as PlanEventWithId[]);
  if (!plan.exists) return null;
  const { planId, title, kind, scope, lan, owner, version, parties, initiatedOn } = plan;
  return { planId, title, kind, scope, lan, owner, status: planStatus(plan), version, parties, adoptedBy: currentAdoptions(plan).map((a) => a.party), initiatedOn };
}

export interface PlanListFilter {
  readonly kind?: PlanKind;
  readonly scope?: PlanScope;
  readonly lan?: ActorId;
  readonly status?: PlanStatus;
  /** Plans the actor is a party of. */
  readonly party?: ActorId;
}

/** Plans matching the filter, ordered by id. Retracted plans are left out. */
export function listPlans(state: PlanListState, filter: PlanListFilter): PlanSummary[] {
  return summaries(state, summarise).filter(
    (plan) =>
      (!filter.kind || plan.kind === filter.kind) &&
      (!filter.scope || plan.scope === filter.scope) &&
      (!filter.lan || plan.lan === filter.lan) &&
      (!filter.status || plan.status === filter.status) &&
      (!filter.party || plan.parties.includes(filter.party)),
  );
}
