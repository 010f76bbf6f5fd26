import type { ActorId } from '../../ledger/domain/vocabulary.js';
import { countsAt, standingAt, type PlanStanding } from '../../adoption/domain/plan-at.js';
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

/**
 * What an indicator counts: for each counted thing (a plan, an initiative's
 * owner, a team) the member it counts for and its standing, and how a
 * standing counts between two cut-off days.
 */
interface Counting<S> {
  readonly members: string[];
  readonly standings: S[];
  readonly status: (standing: S, afterDay: number, day: number) => Certainty;
  /** Each thing counts for a member of its own (a team is its own member): nothing to merge. */
  readonly distinct?: boolean;
}

const CERTAIN = 2;
const POSSIBLE = 1;

export function evaluateSeries(indicator: IndicatorDefinition, ctx: IndicatorContext, years: readonly number[], scope: IndicatorScope): YearValue[] {
  return evaluate(indicator, ctx, years, scope, (marks, members) => {
    const certain: string[] = [];
    const possible: string[] = [];
    marks.forEach((mark, i) => {
      if (mark === CERTAIN) certain.push(members[i]);
      else if (mark === POSSIBLE) possible.push(members[i]);
    });
    return { members: { certain: certain.sort(), possible: possible.sort() } };
  });
}

/**
 * The counts alone, of several indicators over the same years and scope:
 * listing who is counted (thousands of teams a year nationally) is most of
 * the work where only counts are shown, and indicators of the same plan kind
 * or of teams read those standings once.
 */
export function countSeries(indicators: readonly IndicatorDefinition[], ctx: IndicatorContext, years: readonly number[], scope: IndicatorScope): YearCount[][] {
  const standings = new Standings(ctx, scope);
  return indicators.map((indicator) => evaluate(indicator, ctx, years, scope, () => ({}), standings));
}

type PlanWithStanding = { readonly plan: PlanRecord; readonly standing: PlanStanding };

/** What an indicator counts, its members numbered once. */
interface Numbered {
  readonly counting: Counting<unknown>;
  readonly members: readonly string[];
  readonly memberOf: Int32Array;
}

/** What was worked out for a state, kept while its version is the one it was worked out at. */
interface Kept {
  readonly version: number;
  readonly byKey: Map<string, unknown>;
}

/**
 * At "now", the standings by plan kind and of the teams, and what each
 * indicator counts, per state while it is unchanged: a national series reads
 * tens of thousands of standings, and a decision about a plan leaves what
 * the initiatives' indicators count standing.
 */
const plansNow = new WeakMap<PlansState, Kept>();
const initiativesNow = new WeakMap<InitiativesState, Kept>();

function keptFor<S extends object>(kept: WeakMap<S, Kept>, state: S, version: number): Map<string, unknown> {
  let known = kept.get(state);
  if (known?.version !== version) kept.set(state, (known = { version, byKey: new Map() }));
  return known.byKey;
}

function numbered(counting: Counting<unknown>): Numbered {
  if (counting.distinct) return { counting, members: counting.members, memberOf: Int32Array.from(counting.members, (_member, i) => i) };
  const numbers = new Map<string, number>();
  const members: string[] = [];
  const memberOf = Int32Array.from(counting.members, (member) => {
    let number = numbers.get(member);
    if (number === undefined) numbers.set(member, (number = members.push(member) - 1));
    return number;
  });
  return { counting, members, memberOf };
}

/** The standings and countings of one evaluation; at "now" shared with every evaluation of the same states. */
class Standings {
  private readonly ofPlans: Map<string, unknown>;
  private readonly ofInitiatives: Map<string, unknown>;

  constructor(
    private readonly ctx: IndicatorContext,
    private readonly scope: IndicatorScope,
  ) {
    const now = scope.asOf === null;
    this.ofPlans = now ? keptFor(plansNow, ctx.plans, ctx.plans.version) : new Map();
    this.ofInitiatives = now ? keptFor(initiativesNow, ctx.initiatives, ctx.initiatives.version) : new Map();
  }

  /** What the indicator counts in scope (its population being the scope's). */
  numbered(indicator: IndicatorDefinition, members: Set<string> | null): Numbered {
    const kept = indicator.measure === 'plan' ? this.ofPlans : this.ofInitiatives;
    const key = `counting|${indicator.id}|${this.scope.lan ?? ''}`;
    let known = kept.get(key) as Numbered | undefined;
    if (!known) kept.set(key, (known = numbered(countedOf(indicator, this.ctx, this.scope, members, this) as Counting<unknown>)));
    return known;
  }

  /** Plans of any of these kinds with their standing, each once (a plan whose kind was corrected is listed under both). */
  ofKinds(kinds: readonly string[]): readonly PlanWithStanding[] {
    const key = `kinds|${kinds.join('|')}`;
    let list = this.ofPlans.get(key) as PlanWithStanding[] | undefined;
    if (!list) {
      list = [];
      const seen = kinds.length > 1 ? new Set<PlanRecord>() : null;
      for (const kind of kinds) {
        for (const plan of this.ctx.plans.byKind.get(kind) ?? []) {
          if (seen) {
            if (seen.has(plan)) continue;
            seen.add(plan);
          }
          const standing = standingAt(plan, this.scope.asOf);
          if (standing) list.push({ plan, standing });
        }
      }
      this.ofPlans.set(key, list);
    }
    return list;
  }

  teams(): InitiativeStanding[] {
    const key = `teams|${this.scope.lan ?? ''}`;
    let list = this.ofInitiatives.get(key) as InitiativeStanding[] | undefined;
    if (!list) this.ofInitiatives.set(key, (list = teams(this.ctx, this.scope)));
    return list;
  }
}

/**
 * Each year's members that certainly count and those that only possibly do
 * (a member counts certainly if any of its things does). Members are
 * numbered once and marked per year, as a national series weighs tens of
 * thousands of plans and teams for every year.
 */
function evaluate<Extra extends object>(
  indicator: IndicatorDefinition,
  ctx: IndicatorContext,
  years: readonly number[],
  scope: IndicatorScope,
  extra: (marks: Uint8Array, members: readonly string[]) => Extra,
  standings = new Standings(ctx, scope),
): (YearCount & Extra)[] {
  const population = indicator.population ? ctx.members(indicator.population, scope.lan) : null;
  const { counting, members, memberOf } = standings.numbered(indicator, population ? new Set(population) : null);
  const marks = new Uint8Array(members.length);
  return years.map((year) => {
    const day = cutoffDay(year, scope.cutoff);
    const previous = cutoffDay(year - 1, scope.cutoff);
    marks.fill(0);
    for (let i = 0; i < memberOf.length; i++) {
      const status = counting.status(counting.standings[i], previous, day);
      if (status === 'certain') marks[memberOf[i]] = CERTAIN;
      else if (status === 'possible' && marks[memberOf[i]] === 0) marks[memberOf[i]] = POSSIBLE;
    }
    let certain = 0;
    let possible = 0;
    for (const mark of marks) {
      if (mark === CERTAIN) certain++;
      else if (mark === POSSIBLE) possible++;
    }
    const size = population?.length ?? null;
    return {
      year,
      cutoff: cutoffDate(year, scope.cutoff),
      value: certain,
      population: size,
      share: size ? Math.round((certain / size) * 10_000) / 10_000 : null,
      range: { certain, possible: certain + possible },
      ...extra(marks, members),
    };
  });
}

const planStatus = (standing: PlanStanding, _after: number, day: number) => countsAt(standing, day);
const activeStatus = (standing: InitiativeStanding, _after: number, day: number) => activeAt(standing, day);

function countedOf(
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
  for (const initiative of initiatives.byProgram.get(indicator.program) ?? []) {
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
