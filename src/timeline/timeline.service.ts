import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { lanOfActor, PROJECTIONS } from '../projections/ledger-projections.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import type { LanOf } from '../projections/domain/lan-of.js';
import { queryTimeline, type TimelinePage, type TimelineQuery } from './domain/timeline-query.js';
import type { TimelineState } from './domain/timeline-state.js';

/** The timeline as plain method calls, for HTTP, web pages and reports. */
export class TimelineService {
  private readonly lanOf: LanOf;

  constructor(
    private readonly runner: ProjectionRunner,
    actors: ActorRegistry,
  ) {
    this.lanOf = lanOfActor(actors);
  }

  /** A page of decisions in decision-time order, as the ledger knew them at `query.asOf` (null: now). */
  query(query: TimelineQuery): TimelinePage {
    return queryTimeline(this.runner.state<TimelineState>(PROJECTIONS.timeline), query, this.lanOf);
  }
}
