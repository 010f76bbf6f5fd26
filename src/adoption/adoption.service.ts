import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import type { ActorId, PlanScope } from '../ledger/domain/vocabulary.js';
import { lanOfActor, PROJECTIONS } from '../projections/ledger-projections.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import type { LanOf } from '../projections/domain/lan-of.js';
import type { AsOf } from '../projections/domain/versioned.js';
import { lanAdoption, planAdoption, type LanAdoption } from './domain/adoption-query.js';
import type { PlanAdoption } from './domain/adoption-summary.js';
import type { PlansState } from './domain/plans-state.js';

/** Adoption per plan and per län, as plain method calls. */
export class AdoptionService {
  private readonly lanOf: LanOf;

  constructor(
    private readonly runner: ProjectionRunner,
    actors: ActorRegistry,
  ) {
    this.lanOf = lanOfActor(actors);
  }

  /** Null when the plan was unknown at `asOf` (or retracted). */
  forPlan(planId: string, asOf: AsOf = null): PlanAdoption | null {
    return planAdoption(this.runner.state<PlansState>(PROJECTIONS.plans), planId, asOf);
  }

  /** `only` one scope of plan: a table of länsgemensamma plans needs no kommun's own. */
  forLan(lan: ActorId, asOf: AsOf = null, only?: PlanScope): LanAdoption {
    return lanAdoption(this.runner.state<PlansState>(PROJECTIONS.plans), lan, this.lanOf, asOf, only);
  }
}
