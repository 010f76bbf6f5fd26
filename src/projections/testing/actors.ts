import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';

/** The shipped reference actors, as the projections see them in tests. */
export const testActors = loadActorRegistry();
export const lanOf = (actor: ActorId): ActorId | null => testActors.get(actor)?.lan ?? null;
