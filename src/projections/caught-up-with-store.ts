import { StoreUnavailableError, type EventStore } from '../event-store/event-store.port.js';
import { DEFAULT_WAIT_MS, type ProjectionRunner } from './projection-runner.js';

/**
 * Waits (at most `waitMs`, then ProjectionWaitTimeoutError) until the runner
 * has applied everything the store holds now, so an answer includes every
 * write made before the question, on every replica and without the client
 * naming a position. With the store out of reach no write can land
 * meanwhile: the projections answer as they stand, once they have caught up.
 */
export async function caughtUpWithStore(runner: ProjectionRunner, store: EventStore, waitMs = DEFAULT_WAIT_MS): Promise<void> {
  let head: number | null;
  try {
    head = await store.headPosition();
  } catch (error) {
    if (error instanceof StoreUnavailableError && runner.ready) return;
    throw error;
  }
  if (head !== null) await runner.waitFor(head, waitMs);
}
