import { countsAt, type PlanStanding } from '../../adoption/domain/plan-at.js';
import { listedUnder } from '../../projections/domain/deferred-listings.js';
import type { AsOf } from '../../projections/domain/versioned.js';
import type { IndicatorContext, IndicatorScope } from './evaluate.js';
import type { IndicatorDefinition, PlanIndicator, ProgramIndicator } from './indicator-registry.js';
import { activeAt, initiativeStandingAt, startedWithin, type Certainty, type InitiativeStanding } from './initiative-at.js';
import type { InitiativesState } from './initiatives-state.js';
import type { Standings } from './standings.js';

/**
 * What an indicator counts: for each counted thing (a plan, an initiative's
 * owner, a team) the member it counts for and its standing, and how a
 * standing counts between two cut-off days.
 */
export interface Counting<S> {
  readonly members: string[];
  readonly standings: S[];
  readonly status: (standing: S, afterDay: number, day: number) => Certainty;
  /** Each thing counts for a member of its own (a team is its own member): nothing to merge. */
  readonly distinct?: boolean;
}


const planStatus = (standing: PlanStanding, _after: number, day: number) => countsAt(standing, day);
const activeStatus = (standing: InitiativeStanding, _after: number, day: number) => activeAt(standing, day);

export function countedOf(
  indicator: IndicatorDefinition,
  ctx: IndicatorContext,
  scope: IndicatorScope,
  members: Set<string> | null,
  standings: Standings,
): Counting<PlanStanding> | Counting<InitiativeStanding> {
  switch (indicator.measure) {
    case 'plan':
      return planCounted(indicator, standings, members!);
    case 'program':
      return programCounted(indicator, ctx.initiatives, scope.asOf, members!);
    case 'teams-started':
    case 'teams-active': {
      const teamList = standings.teams();
      // Every team once (the teams come from a set of initiatives), so each is its own member.
      return { members: teamList.map((s) => s.initiativeId), standings: teamList, status: indicator.measure === 'teams-active' ? activeStatus : startedWithin, distinct: true };
    }
  }
}

/** Count län, not plans: each plan counts for the member it belongs to. */
function planCounted(indicator: PlanIndicator, standings: Standings, members: Set<string>): Counting<PlanStanding> {
  const counting: Counting<PlanStanding> = { members: [], standings: [], status: planStatus };
  for (const { standing } of standings.ofKinds(indicator.planKinds)) {
    if (standing.head.scope !== indicator.scope || !indicator.planKinds.includes(standing.head.kind)) continue;
    const member = indicator.scope === 'lan' ? standing.head.lan : standing.head.owner;
    if (member && members.has(member)) {
      counting.members.push(member);
      counting.standings.push(standing);
    }
  }
  return counting;
}

function programCounted(indicator: ProgramIndicator, initiatives: InitiativesState, asOf: AsOf, members: Set<string>): Counting<InitiativeStanding> {
  const counting: Counting<InitiativeStanding> = { members: [], standings: [], status: activeStatus };
  for (const initiative of listedUnder(initiatives.unlisted, initiatives.byProgram, indicator.program) ?? []) {
    const standing = initiativeStandingAt(initiative, asOf);
    if (!standing || standing.head.program !== indicator.program) continue;
    for (const owner of standing.head.owners) {
      if (members.has(owner)) {
        counting.members.push(owner);
        counting.standings.push(standing);
      }
    }
  }
  return counting;
}

export function teams(ctx: IndicatorContext, scope: IndicatorScope): InitiativeStanding[] {
  const standings: InitiativeStanding[] = [];
  for (const initiative of listedUnder(ctx.initiatives.unlisted, ctx.initiatives.byKind, 'mobilt_team') ?? []) {
    const standing = initiativeStandingAt(initiative, scope.asOf);
    if (!standing || standing.head.kind !== 'mobilt_team') continue;
    const lan = scope.lan;
    if (lan && standing.head.lan !== lan && !standing.head.owners.some((owner) => ctx.lanOf(owner) === lan)) continue;
    standings.push(standing);
  }
  return standings;
}
