import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import { effectiveAsOf, lanAdoption, planAdoption as readPlanAdoption } from '../../adoption/domain/adoption-query.js';
import type { PlanAdoption as ReadPlanAdoption } from '../../adoption/domain/adoption-summary.js';
import { standingAt } from '../../adoption/domain/plan-at.js';
import type { PlanRecord } from '../../adoption/domain/plans-state.js';
import { streams } from '../../ledger/domain/streams.js';
import { PLAN_KINDS, type ActorId, type PlanKind, type PlanScope } from '../../ledger/domain/vocabulary.js';
import { dayNumber } from '../../projections/domain/day-dates.js';
import { listedUnder } from '../../projections/domain/deferred-listings.js';
import type { LanSummary, PlanAdoption } from '../domain/report-input.js';
import type { FullyAdopted } from '../domain/timeline-lines.js';
import { actorName, asOfMs, type ReportReadModels, type TrendReportRequest } from './read-models.js';

/**
 * The report's plans by the adoption summary they were made from, per actor
 * registry (the names). A plan keeps its summary at "now" until it changes,
 * so reports in between reuse them: naming every party of the 12,000
 * länsgemensamma plans of a million-event ledger took a national report 50 ms.
 */
const reportPlans = new WeakMap<ActorRegistry, WeakMap<ReadPlanAdoption, PlanAdoption>>();

function planAdoption(models: ReportReadModels, plan: ReadPlanAdoption): PlanAdoption {
  let made = reportPlans.get(models.actors);
  if (!made) reportPlans.set(models.actors, (made = new WeakMap()));
  let adoption = made.get(plan);
  if (!adoption) made.set(plan, (adoption = namedAdoption(models, plan)));
  return adoption;
}

function namedAdoption(models: ReportReadModels, plan: ReadPlanAdoption): PlanAdoption {
  return {
    planId: plan.planId,
    title: plan.title,
    kind: plan.kind as PlanKind,
    scope: plan.scope as PlanScope,
    lan: plan.lan,
    ownerName: actorName(models, plan.owner),
    expected: plan.expected,
    adoptions: plan.parties.flatMap((party) =>
      party.adoptedOn
        ? [{ party: party.actor, partyName: actorName(models, party.actor), decidedOn: party.adoptedOn, decidedBy: party.decidedBy ?? '' }]
        : [],
    ),
    missing: plan.missing.map((actor) => actorName(models, actor)),
    status: plan.status === 'withdrawn' || plan.status === 'superseded' ? plan.status : 'active',
  };
}

/** The län in scope (every län for a national report). */
export function gatherLans(models: ReportReadModels, request: TrendReportRequest): LanSummary[] {
  const lans = models.actors.list({ kind: 'lan' });
  return lans.filter((lan) => request.scope === 'national' || lan.id === request.scope).map((lan) => ({ lan: lan.id, name: lan.name }));
}

/**
 * The plans the report shows, with each party's adoption: for a län every
 * plan of the län (länsgemensam, the region's and the kommuners'); nationally
 * each län's länsgemensamma plans, which its adoption table compares.
 */
export function gatherPlans(models: ReportReadModels, request: TrendReportRequest, lans: readonly LanSummary[]): PlanAdoption[] {
  const only = request.scope === 'national' ? 'lan' : undefined;
  return lans.flatMap((lan) =>
    lanAdoption(models.plans, lan.lan, models.lanOf, asOfMs(request) ?? undefined, only).kinds.flatMap((kind) =>
      kind.plans.map((plan) => planAdoption(models, plan)),
    ),
  );
}

/** What the timeline's adoption lines ask of the plan they are about. */
export interface PlanCompletion {
  readonly fullyAdopted: FullyAdopted;
  /** How many parties the plan has; null for a plan not among the report's plans. */
  readonly expected: (planId: string) => number | null;
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(PLAN_KINDS);

/**
 * The report's plans (`gatherPlans`) as its timeline lines ask about them.
 * Every plan with adoptions in range is asked whether they made it fully
 * adopted, so that is read from the plan's standing (kept per plan at "now",
 * and the indicators ask for it too), not from its whole adoption summary:
 * every party adopted, the last by `latest`. Parties are distinct
 * (PLAN.DUPLICATE_PARTY), so every party having adopted is the standing's
 * certain day being set.
 */
export function planCompletion(models: ReportReadModels, request: TrendReportRequest, lans: readonly LanSummary[]): PlanCompletion {
  const plans = models.plans;
  const when = effectiveAsOf(asOfMs(request) ?? undefined, plans.maxRecordedAt);
  const inScope = new Set(lans.map((lan) => lan.lan));
  // As gatherPlans lists plans: under a län of the report that the plan is of (isPlanOfLan), and of a kind the vocabulary knows.
  const listed = (plan: PlanRecord, head: { readonly lan: ActorId | null; readonly owner: ActorId; readonly kind: string }) =>
    KNOWN_KINDS.has(head.kind) && [head.lan, models.lanOf(head.owner)].some((lan) => lan !== null && inScope.has(lan) && (listedUnder(plans.unlisted, plans.byLan, lan)?.has(plan) ?? false));
  return {
    fullyAdopted: (planId, latest) => {
      const plan = plans.plans.get(streams.plan(planId));
      const standing = plan ? standingAt(plan, when) : null;
      if (!plan || !standing || standing.certainDay === null || !listed(plan, standing.head)) return false;
      return standing.certainDay <= dayNumber(latest);
    },
    expected: (planId) => {
      const plan = plans.plans.get(streams.plan(planId));
      const adoption = plan ? readPlanAdoption(plans, planId, when) : null;
      return plan && adoption && listed(plan, adoption) ? adoption.expected : null;
    },
  };
}
