import type { EventStore } from '../event-store/event-store.port.js';
import type { ChainVerifier } from './domain/verify-chains.js';

/** Events verified between two turns of the event loop: a long verification leaves room for requests. */
const YIELD_EVERY = 4_096;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Feeds the log after `after` (all of it when undefined) to the verifier in order, telling `fed` each position as it goes. */
export async function verifyLog(store: EventStore, verifier: ChainVerifier, after: number | undefined, fed: (position: number) => void = () => undefined): Promise<void> {
  let n = 0;
  for await (const event of store.readAll(after === undefined ? {} : { after })) {
    verifier.add(event);
    fed(event.position);
    if (++n % YIELD_EVERY === 0) await nextTurn();
  }
}
