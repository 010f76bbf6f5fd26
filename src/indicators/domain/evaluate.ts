import type { ActorId } from '../../ledger/domain/vocabulary.js';
import { countsAt, standingAt } from '../../adoption/domain/plan-at.js';
import type { PlanRecord, PlansState } from '../../adoption/domain/plans-state.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import type { AsOf } from '../../projections/domain/versioned.js';
import { cutoffDate, cutoffDay, type MonthDay } from './cutoff.js';
import type { IndicatorDefinition, PlanIndicator, Population, ProgramIndicator } from './indicator-registry.js';
import { activeAt, initiativeStandingAt, startedWithin, type Certainty, type InitiativeStanding } from './initiative-at.js';
import type { InitiativeRecord, InitiativesState } from './initiatives-state.js';

/** What an indicator is evaluated over. */
export interface IndicatorContext {
  readonly plans: PlansState;
  readonly initiatives: InitiativesState;
  /** The population's members, all or those in one län. */
  readonly members: (population: Population, lan: ActorId | null) => readonly ActorId[];
  readonly lanOf: LanOf;
}

export interface IndicatorScope {
  readonly cutoff: MonthDay;
  /** Only this län's members (or teams). */
  readonly lan: ActorId | null;
  readonly asOf: AsOf;
}

/** One year of an indicator, counted. */
export interface YearCount {
  readonly year: number;
  /** The cut-off date the count was taken on. */
  readonly cutoff: string;
  /** Members (or teams) that certainly count at the cut-off. */
  readonly value: number;
  readonly population: number | null;
  /** value / population, four decimals. */
  readonly share: number | null;
  /** certain = value; possible adds those whose imprecise dates straddle the cut-off. */
  readonly range: { readonly certain: number; readonly possible: number };
}

/** One year of an indicator, with who is counted. */
export interface YearValue extends YearCount {
  readonly members: { readonly certain: readonly string[]; readonly possible: readonly string[] };
}

/** One counted thing and when it counts. */
type Counted = { readonly member: string; readonly at: (afterDay: number, day: number) => Certainty };

export function evaluateSeries(indicator: IndicatorDefinition, ctx: IndicatorContext, years: readonly number[], scope: IndicatorScope): YearValue[] {
  return evaluate(indicator, ctx, years, scope, (certain, possible) => ({ members: { certain: [...certain].sort(), possible: [...possible].sort() } }));
}

/** The counts alone: listing who is counted, thousands of teams a year nationally, is most of the work where only counts are shown. */
export function countSeries(indicator: IndicatorDefinition, ctx: IndicatorContext, years: readonly number[], scope: IndicatorScope): YearCount[] {
  return evaluate(indicator, ctx, years, scope, () => ({}));
}

function evaluate<Extra extends object>(
  indicator: IndicatorDefinition,
  ctx: IndicatorContext,
  years: readonly number[],
  scope: IndicatorScope,
  extra: (certain: ReadonlySet<string>, possible: ReadonlySet<string>) => Extra,
): (YearCount & Extra)[] {
  const population = indicator.population ? ctx.members(indicator.population, scope.lan) : null;
  const counted = countedOf(indicator, ctx, scope, population ? new Set(population) : null);
  return years.map((year) => {
    const day = cutoffDay(year, scope.cutoff);
    const previous = cutoffDay(year - 1, scope.cutoff);
    const certain = new Set<string>();
    const possible = new Set<string>();
    for (const each of counted) {
      const status = each.at(previous, day);
      if (status === 'certain') certain.add(each.member);
      else if (status === 'possible') possible.add(each.member);
    }
    for (const member of certain) possible.delete(member);
    const size = population?.length ?? null;
    return {
      year,
      cutoff: cutoffDate(year, scope.cutoff),
      value: certain.size,
      population: size,
      share: size ? Math.round((certain.size / size) * 10_000) / 10_000 : null,
      range: { certain: certain.size, possible: certain.size + possible.size },
      ...extra(certain, possible),
    };
  });
}

function countedOf(indicator: IndicatorDefinition, ctx: IndicatorContext, scope: IndicatorScope, members: Set<string> | null): Counted[] {
  switch (indicator.measure) {
    case 'plan':
      return planCounted(indicator, ctx.plans, scope.asOf, members!);
    case 'program':
      return programCounted(indicator, ctx.initiatives, scope.asOf, members!);
    case 'teams-started':
      return teams(ctx, scope).map((s) => ({ member: s.initiativeId, at: (after, day) => startedWithin(s, after, day) }));
    case 'teams-active':
      return teams(ctx, scope).map((s) => ({ member: s.initiativeId, at: (_after, day) => activeAt(s, day) }));
  }
}

/** Count län, not plans: each plan counts for the member it belongs to. */
function planCounted(indicator: PlanIndicator, plans: PlansState, asOf: AsOf, members: Set<string>): Counted[] {
  const candidates = new Set<PlanRecord>();
  for (const kind of indicator.planKinds) for (const plan of plans.byKind.get(kind) ?? []) candidates.add(plan);
  const counted: Counted[] = [];
  for (const plan of candidates) {
    const standing = standingAt(plan, asOf);
    if (!standing || standing.head.scope !== indicator.scope || !indicator.planKinds.includes(standing.head.kind)) continue;
    const member = indicator.scope === 'lan' ? standing.head.lan : standing.head.owner;
    if (member && members.has(member)) counted.push({ member, at: (_after, day) => countsAt(standing, day) });
  }
  return counted;
}

function programCounted(indicator: ProgramIndicator, initiatives: InitiativesState, asOf: AsOf, members: Set<string>): Counted[] {
  const counted: Counted[] = [];
  for (const initiative of initiatives.byProgram.get(indicator.program) ?? []) {
    const standing = initiativeStandingAt(initiative, asOf);
    if (!standing || standing.head.program !== indicator.program) continue;
    for (const owner of standing.head.owners) {
      if (members.has(owner)) counted.push({ member: owner, at: (_after, day) => activeAt(standing, day) });
    }
  }
  return counted;
}

function teams(ctx: IndicatorContext, scope: IndicatorScope): InitiativeStanding[] {
  const standings: InitiativeStanding[] = [];
  for (const initiative of ctx.initiatives.byKind.get('mobilt_team') ?? new Set<InitiativeRecord>()) {
    const standing = initiativeStandingAt(initiative, scope.asOf);
    if (!standing || standing.head.kind !== 'mobilt_team') continue;
    const lan = scope.lan;
    if (lan && standing.head.lan !== lan && !standing.head.owners.some((owner) => ctx.lanOf(owner) === lan)) continue;
    standings.push(standing);
  }
  return standings;
}
