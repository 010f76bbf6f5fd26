import type { EventStore } from '../../event-store/event-store.port.js';
import { CatchUpReadModel } from '../../ledger/read/catch-up-read-model.js';
import { planListProjection, type PlanListState } from './plan-list.projection.js';

/** The plan list, caught up from the store before each query (GET /plans). */
export class PlanListReadModel extends CatchUpReadModel<PlanListState> {
  constructor(store: EventStore) {
    super(store, planListProjection, { streamPrefixes: ['plan-'] });
  }
}
