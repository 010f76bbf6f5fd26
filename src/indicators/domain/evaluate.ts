import type { PlansState } from '../../adoption/domain/plans-state.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import type { AsOf } from '../../projections/domain/versioned.js';
import { cutoffDate, cutoffDay, type MonthDay } from './cutoff.js';
import type { IndicatorDefinition, Population } from './indicator-registry.js';
import type { InitiativesState } from './initiatives-state.js';
import { Standings } from './standings.js';

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
