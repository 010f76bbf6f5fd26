import type { InitiativeEvent } from '../../initiatives/domain/initiative-events.js';
import type { Decision, InitiativeHead } from '../../projections/domain/compact-data.js';
import type { NowCache } from '../../projections/domain/now-cache.js';
import type { PendingListings } from '../../projections/domain/deferred-listings.js';
import type { Versioned } from '../../projections/domain/versioned.js';

export interface TransitionRecord extends Versioned<Decision> {
  readonly type: Exclude<InitiativeEvent['type'], 'InitiativeRegistered'>;
}

/** One initiative (arbetssätt, insats) over record time. */
export interface InitiativeRecord {
  readonly id: string;
  head: Versioned<InitiativeHead> | null;
  /** In log order (replaced by a trimmed copy after a bulk load). */
  transitions: TransitionRecord[];
  version: number;
  /** The initiative's standing at "now". */
  cache: NowCache;
  /** The initiative's line in GET /initiatives at "now". */
  listCache: NowCache;
}

/** Initiatives by kind and program; the lists only grow and are read through `listedUnder` (see PlansState). Updated in place. */
export interface InitiativesState {
  /** By stream (`initiative-<id>`, see `streams.initiative`). */
  readonly initiatives: Map<string, InitiativeRecord>;
  readonly byKind: Map<string, Set<InitiativeRecord>>;
  readonly byProgram: Map<string, Set<InitiativeRecord>>;
  readonly unlisted: PendingListings;
  maxRecordedAt: number;
  version: number;
}

export function emptyInitiatives(): InitiativesState {
  return { initiatives: new Map(), byKind: new Map(), byProgram: new Map(), unlisted: [], maxRecordedAt: Number.NEGATIVE_INFINITY, version: 0 };
}
