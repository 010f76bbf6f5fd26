import type { Observable } from 'rxjs';

/** What an append expects of the stream before it writes. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** An event as proposed by a writer; the id is chosen by the client so a re-sent event is stored once. */
export interface NewEvent<Data = Record<string, unknown>, Meta = Record<string, unknown>> {
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: Meta;
}

/** An event as the store recorded it. */
export interface RecordedEvent<Data = Record<string, unknown>, Meta = Record<string, unknown>>
  extends NewEvent<Data, Meta> {
  readonly stream: string;
  /** 0-based position within its stream. */
  readonly revision: number;
  /**
   * Position in the global log. Strictly increasing in log order but not
   * contiguous on every adapter (EventStoreDB uses byte offsets).
   */
  readonly position: number;
  /** When the store wrote it. */
  readonly recordedAt: Date;
}

/** A page of the log read by readAllPages: never empty. */
export interface EventPage {
  readonly length: number;
  /** The event at `index`, made when asked for (a page of parsed events would outlive a young collection): ask once for each. */
  event(index: number): RecordedEvent;
  /** Position of the last event; undefined only for an empty page, which a store's own reads may see. */
  readonly lastPosition: number | undefined;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly revision: number;
  /** Global position of the last event of this append (or of the stored original on an idempotent re-send). */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

/**
 * The metadata fields a reader of the whole log uses. An adapter may leave the
 * others out of what it delivers (the SQLite store does in a long catch-up,
 * where the hashes and correlation ids are a third of the text to parse);
 * omitted, every field is delivered.
 */
export type MetadataFields = readonly string[];

export interface ReadAllOptions {
  /** Exclusive: only events with a greater position. Omitted means from the start. */
  readonly after?: number;
  readonly maxCount?: number;
  readonly filter?: { readonly streamPrefixes?: readonly string[]; readonly eventTypes?: readonly string[] };
  readonly metadata?: MetadataFields;
}

export interface SubscribeOptions {
  /** Exclusive: events after this position, then live ones. Omitted means from the start. */
  readonly after?: number;
  readonly metadata?: MetadataFields;
}

export type SubscriptionMessage =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  /** Everything written before the subscription started has been delivered; live events follow. */
  | { readonly kind: 'caughtUp'; readonly position: number | null };

export interface EventStore {
  readonly kind: 'sqlite' | 'eventstoredb';
  append(stream: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Throws StreamNotFoundError when the stream has no events. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The whole log in order, read in pages so a large log never sits in memory at once. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * The same events as readAll, a page at a time: a replay of a long log then
   * pays for an asynchronous step once a page, not once an event (about 0.3 s
   * of a million-event rebuild).
   */
  readAllPages(options?: ReadAllOptions): AsyncIterable<EventPage>;
  /**
   * Catch-up then live. `after` is exclusive. Emits `caughtUp` once, when the
   * events that existed at subscription time have been delivered. Adapters
   * resume by themselves after a lost connection from the last delivered
   * position, so a subscriber sees no gap and no duplicate.
   */
  subscribeToAll(options?: SubscribeOptions): Observable<SubscriptionMessage>;
  /** Position of the last event in the log, or null when empty. */
  headPosition(): Promise<number | null>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

export class WrongExpectedRevisionError extends Error {
  readonly code = 'STORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export class StreamNotFoundError extends Error {
  readonly code = 'STORE.STREAM_NOT_FOUND';
  constructor(readonly stream: string) {
    super(`Stream ${stream} not found`);
    this.name = 'StreamNotFoundError';
  }
}

export class StoreUnavailableError extends Error {
  readonly code = 'STORE.UNAVAILABLE';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
