import { effectiveEvents } from '../../corrections/domain/effective-events.js';
import { StreamNotFoundError, type EventStore, type RecordedEvent } from '../../event-store/event-store.port.js';
import { LEDGER_EVENT_TYPES } from '../domain/ledger-event.js';

const KNOWN_TYPES = new Set<string>(LEDGER_EVENT_TYPES);

export interface StreamAsItReads<E> {
  /** The events as the record now reads: corrections applied, retractions left out. */
  readonly events: E[];
  /** Revision of the stream's last event (the ETag and the If-Match value); -1 when empty. */
  readonly revision: number;
}

/** Reads one aggregate's stream for a single-entity query; an unknown stream reads as empty. */
export async function readAggregate<E>(store: EventStore, stream: string): Promise<StreamAsItReads<E>> {
  let recorded: RecordedEvent[];
  try {
    recorded = await store.readStream(stream);
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
    recorded = [];
  }
  const records = recorded.filter((event) => KNOWN_TYPES.has(event.type)).map(({ id, type, data }) => ({ id, type, data }));
  return { events: effectiveEvents(records) as unknown as E[], revision: recorded.at(-1)?.revision ?? -1 };
}
