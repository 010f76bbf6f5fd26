import { StoreUnavailableError, type EventStore, type ReadAllOptions } from '../../event-store/event-store.port.js';
import type { StoredLedgerEvent } from '../domain/ledger-event.js';
import type { Projection } from '../../projections/projection.js';

/**
 * Holds a projection's state and brings it up to date from the store before
 * each query: a list read after a write sees the write, on every replica,
 * without a subscription. Each query costs one read of what was appended since.
 */
export class CatchUpReadModel<State> {
  private state: State;
  private after: number | undefined;
  private catchingUp: Promise<void> | null = null;
  private caughtUpOnce = false;

  constructor(
    private readonly store: EventStore,
    private readonly projection: Projection<State>,
    private readonly filter?: ReadAllOptions['filter'],
  ) {
    this.state = projection.initialState();
  }

  async current(): Promise<State> {
    // A catch-up already under way may have passed the log's end before the caller's own write.
    const joined = this.catchingUp !== null;
    try {
      await this.catchUp();
      if (joined) await this.catchUp();
    } catch (error) {
      // Store out of reach: answer as far as the model got, as the subscribed projections do (no write
      // can succeed meanwhile). A model that never caught up knows nothing worth answering with.
      if (!(error instanceof StoreUnavailableError) || !this.caughtUpOnce) throw error;
    }
    return this.state;
  }

  private catchUp(): Promise<void> {
    this.catchingUp ??= this.readNewEvents().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private async readNewEvents(): Promise<void> {
    for await (const event of this.store.readAll({ after: this.after, filter: this.filter })) {
      this.state = this.projection.apply(this.state, event as unknown as StoredLedgerEvent);
      this.after = event.position;
    }
    this.caughtUpOnce = true;
  }
}
