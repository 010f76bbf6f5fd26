import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import type { LanOf } from './domain/lan-of.js';
import { ledgerProjection } from './domain/ledger-projection.js';
import type { Projection } from './projection.js';

/** The names under which `ProjectionRunner.state(name)` returns each read model. */
export const PROJECTIONS = {
  ledger: 'ledger',
  timeline: 'timeline',
  plans: 'plans',
  initiatives: 'initiatives',
  figures: 'figures',
  reportYears: 'reportYears',
  audit: 'audit',
} as const;

export const lanOfActor = (actors: ActorRegistry): LanOf => {
  const cache = new Map<string, string | null>();
  return (actor) => {
    let lan = cache.get(actor);
    if (lan === undefined) cache.set(actor, (lan = actors.get(actor)?.lan ?? null));
    return lan;
  };
};

/** Every read model of the ledger: timeline, plans, initiatives, figures, the reports' digest and the audit index share one reducer (facets). */
export function ledgerProjections(actors: ActorRegistry): Projection<unknown>[] {
  return [ledgerProjection(lanOfActor(actors))] as Projection<unknown>[];
}
