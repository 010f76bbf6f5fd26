import type { LedgerEventType } from '../ledger/domain/ledger-event.js';
import type { ActorId } from '../ledger/domain/vocabulary.js';

/** One ledger event as the live stream sends it: what it is about, who, where, and a Swedish sentence. */
export interface LiveEntry {
  readonly position: number;
  readonly eventId: string;
  readonly type: LedgerEventType;
  readonly stream: string;
  /** Record time (ISO). */
  readonly recordedAt: string;
  /** Decision time as recorded (EDTF), when the event has one. */
  readonly decidedOn: string | null;
  /** The plan's or initiative's title, or what a figure describes. */
  readonly title: string;
  /** Actors the event concerns, as the timeline tags them. */
  readonly actors: readonly ActorId[];
  /** The län those actors belong to. */
  readonly lans: readonly ActorId[];
  /** Plan kind or initiative kind. */
  readonly kind: string | null;
  /** "Arvika kommun antog Värmlands målbild (28 mars 2022)". */
  readonly text: string;
}

/** The filters of `GET /events/live`, the same as the timeline's. */
export interface LiveFilter {
  readonly lan?: ActorId;
  readonly actor?: ActorId;
  readonly kind?: string;
}

export function matchesLiveFilter(entry: LiveEntry, filter: LiveFilter): boolean {
  if (filter.lan && !entry.lans.includes(filter.lan)) return false;
  if (filter.actor && !entry.actors.includes(filter.actor)) return false;
  if (filter.kind && entry.kind !== filter.kind) return false;
  return true;
}
