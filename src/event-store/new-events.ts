import type { ExpectedRevision, NewEvent } from './event-store.port.js';

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A writer handed the store events it must never accept: a bug in the caller, not bad user input. */
export class InvalidNewEventsError extends Error {
  readonly code = 'STORE.INVALID_EVENTS';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidNewEventsError';
  }
}

/**
 * Both adapters accept exactly the same appends, so a ledger can always move
 * between them unchanged: ids are lowercase UUIDs (EventStoreDB keeps ids as
 * GUIDs and hands them back lowercased), and names starting with `$` are left to
 * EventStoreDB's system streams, which every read of ours skips.
 */
export function assertValidAppend(stream: string, events: readonly NewEvent[]): void {
  if (stream.length === 0 || stream.startsWith('$')) {
    throw new InvalidNewEventsError(`Ogiltigt strömnamn "${stream}": får inte vara tomt eller börja med $`);
  }
  if (events.length === 0) throw new InvalidNewEventsError(`Inga händelser att lägga till i ${stream}`);
  const ids = new Set<string>();
  for (const event of events) {
    if (!CANONICAL_UUID.test(event.id)) {
      throw new InvalidNewEventsError(`Händelse-id "${event.id}" är inte ett UUID skrivet med gemener`);
    }
    if (ids.has(event.id)) throw new InvalidNewEventsError(`Händelse-id ${event.id} förekommer två gånger i samma tillägg`);
    ids.add(event.id);
    if (event.type.length === 0 || event.type.startsWith('$')) {
      throw new InvalidNewEventsError(`Ogiltig händelsetyp "${event.type}": får inte vara tom eller börja med $`);
    }
  }
}

/** Whether a stream whose last revision is `current` (-1: no stream) accepts an append. */
export function acceptsAppend(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}

/**
 * Whether events already stored from `firstRevision` on are what this append
 * would have written, so that re-sending it is answered with the original result.
 */
export function matchesEarlierAppend(expected: ExpectedRevision, firstRevision: number): boolean {
  switch (expected) {
    case 'any':
    case 'stream_exists':
      return true;
    case 'no_stream':
      return firstRevision === 0;
    default:
      return firstRevision === expected + 1;
  }
}
