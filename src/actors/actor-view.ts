import type { Actor } from './domain/actor.js';
import type { ActorRegistry } from './domain/actor-registry.js';

type ActorRef = Pick<Actor, 'id' | 'name'>;

export interface ActorView extends Actor {
  /** For a län: its region. */
  readonly region?: ActorRef;
  /** For a län: its kommuner. */
  readonly kommuner?: readonly ActorRef[];
  /** For a region or kommun: the län's name. */
  readonly lanName?: string;
}

const ref = ({ id, name }: Actor): ActorRef => ({ id, name });

/** GET /actors/{id}: the actor, and for a län its region and kommuner. */
export function actorView(actor: Actor, actors: ActorRegistry): ActorView {
  if (actor.kind === 'lan') {
    const region = actors.regionOf(actor.id);
    return { ...actor, ...(region ? { region: ref(region) } : {}), kommuner: actors.kommunerOf(actor.id).map(ref) };
  }
  const lan = actor.lan ? actors.get(actor.lan) : undefined;
  return lan ? { ...actor, lanName: lan.name } : actor;
}
