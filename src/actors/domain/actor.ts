import type { ActorId } from '../../ledger/domain/vocabulary.js';

export const ACTOR_KINDS = ['lan', 'region', 'kommun', 'national'] as const;
/** Län (county and its joint bodies), region, kommun (municipality), or a national body. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** An actor that decides: reference data, never recorded as events. */
export interface Actor {
  readonly id: ActorId;
  readonly kind: ActorKind;
  /** SCB code (`17`, `1784`) or the national body's slug (`skr`). */
  readonly code: string;
  /** Display name: "Arvika kommun", "Region Värmland", "Värmlands län". */
  readonly name: string;
  /** Short name from SCB: "Arvika", "Värmland". */
  readonly shortName: string;
  /** The län it lies in (`lan:17`); null for national bodies. */
  readonly lan: ActorId | null;
  /** Another actor id for the same body: Region Gotland is both `region:09` and `kommun:0980`. */
  readonly sameBodyAs: ActorId | null;
}

/** One row of `lan.csv`. */
export interface LanRow {
  readonly code: string;
  readonly shortName: string;
}

/** One row of `kommuner.csv`. */
export interface KommunRow {
  readonly code: string;
  readonly shortName: string;
  readonly lanCode: string;
}
