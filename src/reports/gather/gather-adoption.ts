import { lanAdoption } from '../../adoption/domain/adoption-query.js';
import type { PlanAdoption as ReadPlanAdoption } from '../../adoption/domain/adoption-summary.js';
import type { PlanKind, PlanScope } from '../../ledger/domain/vocabulary.js';
import type { LanSummary, PlanAdoption } from '../domain/report-input.js';
import { actorName, asOfMs, type ReportReadModels, type TrendReportRequest } from './read-models.js';

function planAdoption(models: ReportReadModels, plan: ReadPlanAdoption): PlanAdoption {
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

/** Every plan of the län in scope: länsgemensam, the region's and the kommuners', with each party's adoption. */
export function gatherPlans(models: ReportReadModels, request: TrendReportRequest, lans: readonly LanSummary[]): PlanAdoption[] {
  return lans.flatMap((lan) =>
    lanAdoption(models.plans, lan.lan, models.lanOf, asOfMs(request) ?? undefined).kinds.flatMap((kind) =>
      kind.plans.map((plan) => planAdoption(models, plan)),
    ),
  );
}
