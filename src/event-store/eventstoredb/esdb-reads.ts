import {
  BACKWARDS,
  END,
  START,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type Position,
  type StreamingRead,
} from '@eventstore/db-client';
import type { ReadAllOptions, RecordedEvent } from '../event-store.port.js';
import { isSystemEvent, toRecordedEvent, toStoreError } from './esdb-mapping.js';

/** How many events a backwards scan for the head reads per call before looking further back. */
const HEAD_SCAN = 256;

/** Both halves of an EventStoreDB position; for events written by ordinary appends they are equal. */
function exactly(position: number): Position {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

/**
 * One forward read of $all after `after`, as one server-streaming call. The
 * server reads from a position inclusively and knows nothing of our filters
 * or of system events, so all three are applied here.
 */
export async function* readAllFrom(
  client: EventStoreDBClient,
  after: number | undefined,
  filter: ReadAllOptions['filter'],
): AsyncGenerator<RecordedEvent> {
  const read = client.readAll({ fromPosition: after === undefined ? START : exactly(after) });
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  try {
    for await (const resolved of read as StreamingRead<AllStreamResolvedEvent>) {
      if (isSystemEvent(resolved)) continue;
      const event = toRecordedEvent(resolved);
      if (after !== undefined && event.position <= after) continue;
      if (prefixes.length > 0 && !prefixes.some((prefix) => event.stream.startsWith(prefix))) continue;
      if (types.length > 0 && !types.includes(event.type)) continue;
      yield event;
    }
  } catch (error) {
    throw toStoreError(error);
  } finally {
    await read.cancel();
  }
}

/** Position of the newest non-system event, scanning back past the server's own events written after it. */
export async function scanForHead(client: EventStoreDBClient): Promise<number | null> {
  let from: Position | typeof END = END;
  try {
    for (;;) {
      let seen = 0;
      const read = client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_SCAN });
      for await (const resolved of read as StreamingRead<AllStreamResolvedEvent>) {
        seen += 1;
        if (!resolved.event) continue;
        if (!isSystemEvent(resolved)) {
          await read.cancel();
          return Number(resolved.event.position.commit);
        }
        from = resolved.event.position;
      }
      if (seen < HEAD_SCAN) return null;
    }
  } catch (error) {
    throw toStoreError(error);
  }
}
