import { setTimeout as sleep } from 'node:timers/promises';
import { BACKWARDS, END, EventStoreDBClient, START, jsonEvent } from '@eventstore/db-client';
import { ReplaySubject, takeUntil, type Observable } from 'rxjs';
import {
  StoreUnavailableError,
  type AppendResult,
  type EventPage,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type SubscriptionMessage,
} from '../event-store.port.js';
import { inPages } from '../event-pages.js';
import { assertValidAppend } from '../new-events.js';
import { resumeAfterFailure, type ResumeOptions } from '../resume-subscription.js';
import { toEsdbExpectedRevision, toRecordedEvent, toStoreError, UNKNOWN_POSITION } from './esdb-mapping.js';
import { readAllFrom, scanForHead } from './esdb-reads.js';
import { esdbSubscriptionAttempt } from './esdb-subscription.js';
import { DEFAULT_RETRY, retryWhileUnavailable, type RetryPolicy } from './retry-unavailable.js';

/** Events per page of readAllPages. */
const PAGE_SIZE = 1_000;

export interface EventStoreDbOptions {
  /** Backoff of subscriptions resuming after the server went away. */
  readonly resume?: Pick<ResumeOptions, 'initialDelayMs' | 'maxDelayMs'>;
  /** Retries of single calls (and of a readAll from where it broke off) while the server is unavailable. */
  readonly retry?: RetryPolicy;
}

/**
 * The production store: EventStoreDB over gRPC. Global positions are commit
 * positions (byte offsets in the server's log), increasing but not contiguous.
 * Reads and subscriptions leave out the server's own `$` streams and events.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  private readonly closing = new ReplaySubject<void>(1);
  private closed = false;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EventStoreDbOptions = {},
  ) {}

  static connect(connectionString: string, options: EventStoreDbOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  async append(stream: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    assertValidAppend(stream, events);
    const proposed = events.map(({ id, type, data, metadata }) => jsonEvent({ id, type, data, metadata }));
    return this.retrying(async () => {
      try {
        const result = await this.client.appendToStream(stream, proposed, {
          expectedRevision: toEsdbExpectedRevision(expectedRevision),
        });
        return {
          revision: Number(result.nextExpectedRevision),
          position: result.position ? Number(result.position.commit) : UNKNOWN_POSITION,
        };
      } catch (error) {
        throw toStoreError(error, { stream, expected: expectedRevision });
      }
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.retrying(async () => {
      const read = this.client.readStream(stream, {
        fromRevision: options.fromRevision === undefined ? START : BigInt(options.fromRevision),
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      const events: RecordedEvent[] = [];
      try {
        for await (const resolved of read) events.push(toRecordedEvent(resolved));
      } catch (error) {
        throw toStoreError(error, { stream });
      }
      return events;
    });
  }

  /**
   * Server-streaming calls consumed with backpressure, so the log never sits in
   * memory. A call that breaks off is continued from the last event yielded,
   * so a short outage costs neither a gap nor a duplicate.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const policy = this.options.retry ?? DEFAULT_RETRY;
    let after = options.after;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    for (let failures = 0; remaining > 0; ) {
      try {
        if (this.closed) throw new StoreUnavailableError('Händelselagret är stängt');
        for await (const event of readAllFrom(this.client, after, options.filter)) {
          yield event;
          after = event.position;
          remaining -= 1;
          failures = 0;
          if (remaining === 0) return;
        }
        return;
      } catch (error) {
        if (!(error instanceof StoreUnavailableError) || failures >= policy.retries) throw error;
        await sleep(policy.initialDelayMs * 2 ** failures);
        failures += 1;
      }
    }
  }

  /** The events arrive one at a time over gRPC; pages gather them. */
  readAllPages(options: ReadAllOptions = {}): AsyncIterable<EventPage> {
    return inPages(this.readAll(options), PAGE_SIZE);
  }

  /** Every metadata field is delivered: `options.metadata` is a hint this adapter has no use for (see MetadataFields). */
  subscribeToAll(options: SubscribeOptions = {}): Observable<SubscriptionMessage> {
    return resumeAfterFailure((after) => esdbSubscriptionAttempt(this.client, after, () => this.headPosition()), {
      after: options.after,
      ...this.options.resume,
    }).pipe(takeUntil(this.closing));
  }

  /** The newest non-system event; scans back past the server's own events written after it. */
  async headPosition(): Promise<number | null> {
    return this.retrying(() => scanForHead(this.client));
  }

  async ping(): Promise<void> {
    await this.retrying(async () => {
      try {
        await this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }).toArray();
      } catch (error) {
        throw toStoreError(error);
      }
    });
  }

  /** Completes every open subscription of this instance and cancels the calls still running. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.closing.next();
    this.closing.complete();
    await this.client.dispose();
  }

  private retrying<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StoreUnavailableError('Händelselagret är stängt'));
    return retryWhileUnavailable(work, this.options.retry);
  }
}
