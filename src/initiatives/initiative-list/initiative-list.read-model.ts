import type { EventStore } from '../../event-store/event-store.port.js';
import { CatchUpReadModel } from '../../ledger/read/catch-up-read-model.js';
import { initiativeListProjection, type InitiativeListState } from './initiative-list.projection.js';

/** The initiative list, caught up from the store before each query (GET /initiatives). */
export class InitiativeListReadModel extends CatchUpReadModel<InitiativeListState> {
  constructor(store: EventStore) {
    super(store, initiativeListProjection, { streamPrefixes: ['initiative-'] });
  }
}
