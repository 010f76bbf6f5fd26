import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { auditProjection } from '../audit/domain/audit-projection.js';
import { plansProjection } from '../adoption/domain/plans-projection.js';
import { initiativesProjection } from '../indicators/domain/initiatives-projection.js';
import { figuresProjection } from '../reconciliation/domain/figures-projection.js';
import { timelineProjection } from '../timeline/domain/timeline-projection.js';
import type { LanOf } from './domain/lan-of.js';
import type { Projection } from './projection.js';

/** The names under which `ProjectionRunner.state(name)` returns each read model. */
export const PROJECTIONS = {
  timeline: 'timeline',
  plans: 'plans',
  initiatives: 'initiatives',
  figures: 'figures',
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

/** Every read model of the ledger, in the order the runner applies them. */
export function ledgerProjections(actors: ActorRegistry): Projection<unknown>[] {
  const lanOf = lanOfActor(actors);
  return [
    timelineProjection(lanOf),
    plansProjection(lanOf),
    initiativesProjection,
    figuresProjection,
    auditProjection,
  ] as Projection<unknown>[];
}
