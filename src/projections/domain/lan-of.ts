import type { ActorId } from '../../ledger/domain/vocabulary.js';

/** The län an actor belongs to (`kommun:1784` → `lan:17`, `lan:17` → itself), or null for national bodies. */
export type LanOf = (actor: ActorId) => ActorId | null;
