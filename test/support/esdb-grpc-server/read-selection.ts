import type { InMemoryLog, StoredEvent } from './in-memory-log.js';
import type { ReadOptions } from './protocol.js';
import { streamNameOf } from './wire.js';

/** Index of the first event at or after `position` (the log is ordered by position). */
export function firstAtOrAfter(log: readonly StoredEvent[], position: bigint): number {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (log[middle].position < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The server-side filter of a read or subscription (stream name or event type; regex or prefixes). */
export function eventFilter(options: ReadOptions): (event: StoredEvent) => boolean {
  const filter = options.getFilter();
  if (!options.hasFilter() || !filter) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : null;
  const prefixes = expression?.getPrefixList() ?? [];
  return (event) => {
    const subject = onStream ? event.stream : event.type;
    return (!regex || regex.test(subject)) && (prefixes.length === 0 || prefixes.some((prefix) => subject.startsWith(prefix)));
  };
}

function* walk(events: readonly StoredEvent[], start: number, step: 1 | -1): Generator<StoredEvent> {
  for (let index = start; index >= 0 && index < events.length; index += step) yield events[index];
}

/**
 * The events a non-subscription read returns, in the order sent. As in
 * EventStoreDB, $all read forwards from a position includes that position;
 * backwards it starts just before it. Undefined for a stream that does not exist.
 */
export function selectForRead(log: InMemoryLog, options: ReadOptions): Iterable<StoredEvent> | undefined {
  const backwards = options.getReadDirection() === 1;
  const step = backwards ? -1 : 1;
  const stream = options.getStream();
  if (options.hasStream() && stream) {
    const events = log.stream(streamNameOf(stream.getStreamIdentifier()));
    if (!events) return undefined;
    const revision = stream.hasRevision() ? Number(stream.getRevision()) : null;
    if (backwards) return walk(events, Math.min(revision ?? events.length - 1, events.length - 1), step);
    return walk(events, revision ?? (stream.hasEnd() ? events.length : 0), step);
  }
  const all = options.getAll();
  const position = all?.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : null;
  const from = firstAtOrAfter(log.all, position ?? 0n);
  if (backwards) return walk(log.all, position === null ? log.all.length - 1 : from - 1, -1);
  return walk(log.all, all?.hasEnd() ? log.all.length : from, 1);
}
