import { PLAN_KINDS, type ActorId, type PlanKind, type PlanScope } from '../../ledger/domain/vocabulary.js';
import { streams } from '../../ledger/domain/streams.js';
import { swedishOrder } from '../../ledger/domain/swedish-order.js';
import { listedUnder } from '../../projections/domain/deferred-listings.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import { cachedAtNow } from '../../projections/domain/now-cache.js';
import { viewAt, type AsOf } from '../../projections/domain/versioned.js';
import { adoptionOf, type PlanAdoption } from './adoption-summary.js';
import { planAt } from './plan-at.js';
import type { PlanRecord, PlansState } from './plans-state.js';

/** "Now" when `asOf` is at or after the last record time applied. */
export const effectiveAsOf = (asOf: AsOf | undefined, maxRecordedAt: number): AsOf =>
  asOf === undefined || asOf === null || asOf >= maxRecordedAt ? null : asOf;

/** A plan's adoption as the ledger knew it at `asOf`; null when the plan was unknown then (or retracted). */
export function planAdoption(state: PlansState, planId: string, asOf?: AsOf): PlanAdoption | null {
  const plan = state.plans.get(streams.plan(planId));
  return plan ? adoptionAt(plan, effectiveAsOf(asOf, state.maxRecordedAt)) : null;
}

/** A plan's adoption at `asOf`; at "now" it is cached on the plan until the plan changes. */
function adoptionAt(plan: PlanRecord, asOf: AsOf): PlanAdoption | null {
  return cachedAtNow(plan, 'adoptionCache', asOf, () => {
    const at = planAt(plan, asOf);
    return at && adoptionOf(at);
  });
}

export interface KindAdoption {
  readonly kind: PlanKind;
  readonly plans: readonly PlanAdoption[];
  /** How many of these plans are fully adopted. */
  readonly fullyAdopted: number;
}

export interface LanAdoption {
  readonly lan: ActorId;
  /** Every plan kind, in the vocabulary's order, with the län's plans of that kind (länsgemensam, its region's, its kommuners'). */
  readonly kinds: readonly KindAdoption[];
}

/** Whether a plan (as the ledger knew it) is one of the län's: länsgemensam for it, or owned by its region or one of its kommuner. */
export const isPlanOfLan = (plan: { readonly lan: ActorId | null; readonly owner: ActorId }, lan: ActorId, lanOf: LanOf): boolean =>
  plan.lan === lan || lanOf(plan.owner) === lan;

/** The län's plans by kind; `only` one scope of plan (a national table of länsgemensamma plans needs no kommun's own). */
export function lanAdoption(state: PlansState, lan: ActorId, lanOf: LanOf, asOf?: AsOf, only?: PlanScope): LanAdoption {
  const when = effectiveAsOf(asOf, state.maxRecordedAt);
  const listed = listedUnder(state.unlisted, state.byLan, lan) ?? new Set<PlanRecord>();
  const derive = () => adoptionOfListed(listed, lan, lanOf, when, only);
  // Kept at "now": a national report asks for all 21 län, at a million events each sorting hundreds of plans out of thousands.
  return when === null ? cachedForListing(state, listed, `adoption|${lan}|${only ?? ''}`, derive) : derive();
}

/** `derive()` for the plans `listed` under a län at "now", kept in the state until one of them changes or one is listed there. */
function cachedForListing<T>(state: PlansState, listed: ReadonlySet<PlanRecord>, key: string, derive: () => T): T {
  let versions = 0;
  for (const plan of listed) versions += plan.version;
  const cached = state.listingCache.get(key);
  if (cached?.size === listed.size && cached.versions === versions) return cached.value as T;
  const value = derive();
  state.listingCache.set(key, { size: listed.size, versions, value });
  return value;
}

function adoptionOfListed(listed: ReadonlySet<PlanRecord>, lan: ActorId, lanOf: LanOf, when: AsOf, only: PlanScope | undefined): LanAdoption {
  const adoptions: PlanAdoption[] = [];
  for (const plan of listed) {
    if (only !== undefined && (plan.head === null || viewAt(plan.head, when)?.scope !== only)) continue;
    const adoption = adoptionAt(plan, when);
    if (adoption && isPlanOfLan(adoption, lan, lanOf)) adoptions.push(adoption);
  }
  adoptions.sort(byScopeThenTitle);
  return {
    lan,
    kinds: PLAN_KINDS.map((kind) => {
      const ofKind = adoptions.filter((a) => a.kind === kind);
      return { kind, plans: ofKind, fullyAdopted: ofKind.filter((a) => a.fullyAdoptedOn !== null && a.status !== 'withdrawn').length };
    }),
  };
}

const SCOPE_ORDER: Record<string, number> = { lan: 0, region: 1, kommun: 2, national: 3 };

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byScopeThenTitle(a: PlanAdoption, b: PlanAdoption): number {
  return (SCOPE_ORDER[a.scope] ?? 9) - (SCOPE_ORDER[b.scope] ?? 9) || plain(a.owner, b.owner) || swedishOrder(a.title, b.title) || plain(a.planId, b.planId);
}
