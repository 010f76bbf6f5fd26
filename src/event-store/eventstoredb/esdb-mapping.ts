import {
  ANY,
  CancelledError,
  DeadlineExceededError,
  NO_STREAM,
  NotLeaderError,
  STREAM_EXISTS,
  StreamNotFoundError as EsdbStreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  StoreUnavailableError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type ExpectedRevision,
  type RecordedEvent,
} from '../event-store.port.js';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** gRPC status codes that mean the server is away, on top of the client's own error classes. */
const UNAVAILABLE_STATUS = new Set([1, 4, 14]);

/** Translates the client's errors into the port's; `stream` and `expected` give a conflict its context. */
export function toStoreError(error: unknown, context: { stream?: string; expected?: ExpectedRevision } = {}): unknown {
  if (error instanceof WrongExpectedVersionError) {
    const actual = error.actualVersion === 'no_stream' ? 'no_stream' : Number(error.actualVersion);
    return new WrongExpectedRevisionError(context.stream ?? error.streamName, context.expected ?? 'any', actual);
  }
  if (error instanceof EsdbStreamNotFoundError) return new StreamNotFoundError(context.stream ?? error.streamName);
  if (
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    error instanceof DeadlineExceededError ||
    error instanceof NotLeaderError ||
    UNAVAILABLE_STATUS.has((error as { code?: unknown } | null)?.code as number)
  ) {
    return new StoreUnavailableError(`EventStoreDB svarar inte: ${(error as Error).message}`, error);
  }
  return error;
}

/** EventStoreDB's own streams and events ($settings, $stats-…, links) are none of the ledger's business. */
export function isSystemEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): boolean {
  const event = resolved.event;
  return !event || event.type.startsWith('$') || event.streamId.startsWith('$');
}

/**
 * A position the server does not know for this read (stream reads on some
 * server versions carry no log position: the index does not hold it).
 */
export const UNKNOWN_POSITION = -1;
const NO_POSITION = 2n ** 63n;

export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB skickade en länk utan händelse');
  const commit = event.position?.commit;
  return {
    id: event.id,
    type: event.type,
    stream: event.streamId,
    revision: Number(event.revision),
    position: commit === undefined || commit >= NO_POSITION ? UNKNOWN_POSITION : Number(commit),
    data: asRecord(event.data),
    metadata: asRecord(event.metadata),
    recordedAt: event.created,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array)
    ? (value as Record<string, unknown>)
    : {};
}
