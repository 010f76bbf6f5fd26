import { standingAt, type PlanStanding } from '../../adoption/domain/plan-at.js';
import type { PlanRecord, PlansState } from '../../adoption/domain/plans-state.js';
import { listedUnder } from '../../projections/domain/deferred-listings.js';
import { countedOf, teams, type Counting } from './counted.js';
import type { IndicatorContext, IndicatorScope } from './evaluate.js';
import type { IndicatorDefinition } from './indicator-registry.js';
import type { InitiativeStanding } from './initiative-at.js';
import type { InitiativesState } from './initiatives-state.js';

type PlanWithStanding = { readonly plan: PlanRecord; readonly standing: PlanStanding };

/** What an indicator counts, its members numbered once. */
export interface Numbered {
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
export class Standings {
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
        for (const plan of listedUnder(this.ctx.plans.unlisted, this.ctx.plans.byKind, kind) ?? []) {
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
