import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import type { PlansState } from '../adoption/domain/plans-state.js';
import type { Clock } from '../config/clock.js';
import type { ActorId } from '../ledger/domain/vocabulary.js';
import { lanOfActor, PROJECTIONS } from '../projections/ledger-projections.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import { YEAR_END } from './domain/cutoff.js';
import type { IndicatorContext } from './domain/evaluate.js';
import { indicatorSeries, indicatorYoy, listIndicators, type IndicatorSeries, type IndicatorSummary, type SeriesQuery, type YoyQuery } from './domain/indicator-query.js';
import type { Population } from './domain/indicator-registry.js';
import type { InitiativesState } from './domain/initiatives-state.js';
import type { YearOverYear } from './domain/year-over-year.js';

/** Years a series covers when `from` is not given: the five before `to`. */
export const DEFAULT_SERIES_YEARS = 5;
const MEMO_LIMIT = 2_000;

/**
 * Indicators as plain method calls. Answers at "now" are memoized until the
 * plans or initiatives change (a version bump) or a rebuild swaps the states,
 * so repeated year-over-year questions cost a map lookup.
 */
export class IndicatorsService {
  private readonly memo = new Map<string, unknown>();
  private stamp: readonly unknown[] = [];
  private readonly memberLists = new Map<string, readonly ActorId[]>();

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly actors: ActorRegistry,
    private readonly clock: Clock,
  ) {}

  list(): IndicatorSummary[] {
    return listIndicators();
  }

  /** The evaluation context over the current states; what reconciliation and reports evaluate with too. */
  context(): IndicatorContext {
    return {
      plans: this.runner.state<PlansState>(PROJECTIONS.plans),
      initiatives: this.runner.state<InitiativesState>(PROJECTIONS.initiatives),
      members: (population, lan) => this.members(population, lan),
      lanOf: lanOfActor(this.actors),
    };
  }

  /** `from`/`to` default to the five years up to the current one. */
  series(id: string, query: Partial<SeriesQuery> = {}): IndicatorSeries {
    const to = query.to ?? this.clock.now().getUTCFullYear();
    const full = { ...query, from: query.from ?? to - DEFAULT_SERIES_YEARS, to };
    return this.remember(`series|${id}|${full.from}|${full.to}|${key(full)}`, full.asOf, (ctx) => indicatorSeries(ctx, id, full));
  }

  /** `year` defaults to the current one. */
  yoy(id: string, query: Partial<YoyQuery> = {}): YearOverYear {
    const full = { ...query, year: query.year ?? this.clock.now().getUTCFullYear() };
    return this.remember(`yoy|${id}|${full.year}|${key(full)}`, full.asOf, (ctx) => indicatorYoy(ctx, id, full));
  }

  private members(population: Population, lan: ActorId | null): readonly ActorId[] {
    const k = `${population}|${lan ?? ''}`;
    let list = this.memberLists.get(k);
    if (!list) {
      list = this.actors.list({ kind: population, ...(lan ? { lan } : {}) }).map((actor) => actor.id);
      this.memberLists.set(k, list);
    }
    return list;
  }

  private remember<T>(memoKey: string, asOf: number | null | undefined, compute: (ctx: IndicatorContext) => T): T {
    const ctx = this.context();
    const now = asOf === undefined || asOf === null || asOf >= Math.max(ctx.plans.maxRecordedAt, ctx.initiatives.maxRecordedAt);
    if (!now) return compute(ctx);
    const stamp = [ctx.plans, ctx.plans.version, ctx.initiatives, ctx.initiatives.version];
    if (stamp.some((part, i) => part !== this.stamp[i]) || this.memo.size > MEMO_LIMIT) {
      this.memo.clear();
      this.stamp = stamp;
    }
    if (!this.memo.has(memoKey)) this.memo.set(memoKey, compute(ctx));
    return this.memo.get(memoKey) as T;
  }
}

const key = (q: { readonly cutoff?: { month: number; day: number }; readonly lan?: ActorId | null }) =>
  `${(q.cutoff ?? YEAR_END).month}-${(q.cutoff ?? YEAR_END).day}|${q.lan ?? ''}`;
