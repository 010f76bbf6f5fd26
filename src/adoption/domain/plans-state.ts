import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { PlanEvent } from '../../plans/domain/plan-events.js';
import type { Decision, PlanHead } from '../../projections/domain/compact-data.js';
import type { NowCache } from '../../projections/domain/now-cache.js';
import type { PendingListings } from '../../projections/domain/deferred-listings.js';
import type { Versioned } from '../../projections/domain/versioned.js';

/** A dated plan event: proposal, adoption, revision, supersession, withdrawal. */
export interface PlanDecisionRecord extends Versioned<Decision> {
  readonly type: Exclude<PlanEvent['type'], 'PlanInitiated'>;
}

/** One plan (styrdokument) over record time. */
export interface PlanRecord {
  readonly id: string;
  head: Versioned<PlanHead> | null;
  /** In log order (replaced by a trimmed copy after a bulk load). */
  decisions: PlanDecisionRecord[];
  /** Bumped on every change, so answers derived at "now" can be cached per plan. */
  version: number;
  /** The plan's standing at "now". */
  cache: NowCache;
  /** The plan's adoption summary at "now". */
  adoptionCache: NowCache;
  /** The plan's line in GET /plans at "now". */
  listCache: NowCache;
}

/**
 * Plans and their adoptions. Updated in place by the reducer (see Projection).
 * `byLan` and `byKind` only ever grow: a plan whose län or kind is corrected
 * stays listed under the old one too, and queries check the plan as of their
 * `asOf`, so the lists are supersets that never miss a plan. They are read
 * through `listedUnder`, which first makes the additions waiting in `unlisted`.
 */
export interface PlansState {
  /** By stream (`plan-<id>`, see `streams.plan`). */
  readonly plans: Map<string, PlanRecord>;
  readonly byLan: Map<ActorId, Set<PlanRecord>>;
  readonly byKind: Map<string, Set<PlanRecord>>;
  readonly unlisted: PendingListings;
  maxRecordedAt: number;
  /** Bumped on every change to any plan. */
  version: number;
  /** Answers at "now" about the plans listed under one län, by län and question (see `cachedForListing`). */
  readonly listingCache: Map<string, ListingCache>;
}

/**
 * An answer derived from the plans listed under a län at "now", with what
 * the list was then: how many plans and the sum of their versions. A list
 * only grows and a plan's version only goes up, so the same two numbers mean
 * the same plans, none changed since.
 */
export interface ListingCache {
  readonly size: number;
  readonly versions: number;
  readonly value: unknown;
}

export function emptyPlans(): PlansState {
  return { plans: new Map(), byLan: new Map(), byKind: new Map(), unlisted: [], maxRecordedAt: Number.NEGATIVE_INFINITY, version: 0, listingCache: new Map() };
}
