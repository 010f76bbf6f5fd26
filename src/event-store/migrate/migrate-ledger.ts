import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port.js';

export interface MigrationProgress {
  /** Events read from the source so far (copied now or found already copied). */
  readonly events: number;
  /** Source position of the last event handled; a restarted migration still starts from the beginning. */
  readonly position: number;
}

export interface MigrateLedgerOptions {
  readonly onProgress?: (progress: MigrationProgress) => void;
  /** Most events of one stream sent in one append. */
  readonly batchSize?: number;
}

export interface MigrationSummary {
  readonly events: number;
  readonly streams: number;
}

/**
 * Copies a whole ledger from one store to another in global order, keeping
 * each event's id, type, data and metadata (record time and hashes live in the
 * metadata, so they survive the move). Consecutive events of one stream go in
 * one append, expecting exactly the revision the source had before them, so the
 * target's per-stream order equals the source's and a target that diverged is
 * refused with WrongExpectedRevisionError rather than merged.
 *
 * Re-running after an interruption is safe: appends already made come back as
 * idempotent re-sends (same ids, same place) and store nothing.
 */
export async function migrateLedger(
  from: Pick<EventStore, 'readAll'>,
  to: EventStore,
  options: MigrateLedgerOptions = {},
): Promise<MigrationSummary> {
  const batchSize = options.batchSize ?? 500;
  const streams = new Set<string>();
  let batch: RecordedEvent[] = [];
  let events = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const first = batch[0];
    const last = batch[batch.length - 1];
    await to.append(first.stream, batch.map(toNewEvent), first.revision === 0 ? 'no_stream' : first.revision - 1);
    streams.add(first.stream);
    events += batch.length;
    batch = [];
    options.onProgress?.({ events, position: last.position });
  };

  for await (const event of from.readAll()) {
    const previous = batch[batch.length - 1];
    const continuesBatch =
      previous !== undefined && previous.stream === event.stream && previous.revision + 1 === event.revision;
    if (!continuesBatch || batch.length >= batchSize) await flush();
    batch.push(event);
  }
  await flush();
  return { events, streams: streams.size };
}

function toNewEvent({ id, type, data, metadata }: RecordedEvent): NewEvent {
  return { id, type, data, metadata };
}
