import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import type { Observable } from 'rxjs';
import type { EventStore, NewEvent, RecordedEvent, SubscriptionMessage } from '../event-store.port.js';

/** What one contract test gets: a store, and the ways its adapter can lose the store. */
export interface ContractHarness {
  readonly store: EventStore;
  /** Takes the server away and brings it back with the same data; the same adapter instance carries on. */
  readonly restartServer?: (whileDown: () => Promise<void>) => Promise<void>;
  /** Closes `store` and opens a new adapter instance on the same data. */
  readonly reopen?: () => Promise<EventStore>;
  readonly dispose: () => Promise<void>;
}

export type ContractFactory = () => Promise<ContractHarness>;

/**
 * Stream names unique per test, so the suite also runs against a real server
 * that already holds other data.
 */
export function uniqueStream(category: string): string {
  return `${category}-${randomUUID()}`;
}

export function newEvents(count: number, type = 'ProbeRecorded', tag = 'probe'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    type,
    data: { tag, index, text: `händelse ${index} – åäö` },
    metadata: { recordedAt: '2024-01-02T03:04:05.000Z', hash: `h${index}`, previousHash: index === 0 ? null : `h${index - 1}` },
  }));
}

export async function readAllAfter(store: EventStore, after: number | null): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll(after === null ? {} : { after })) events.push(event);
  return events;
}

export function expectSameEvents(recorded: readonly RecordedEvent[], written: readonly NewEvent[]): void {
  expect(recorded.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual(
    written.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
  );
}

export function eventsIn(messages: readonly SubscriptionMessage[]): RecordedEvent[] {
  return messages.flatMap((message) => (message.kind === 'event' ? [message.event] : []));
}

export function idsOf(events: readonly { readonly id: string }[]): string[] {
  return events.map((event) => event.id);
}

/** A running subscription whose messages the test inspects as they arrive. */
export interface Recording {
  readonly messages: SubscriptionMessage[];
  readonly events: () => RecordedEvent[];
  readonly completed: () => boolean;
  /** Resolves once `condition` holds for the messages so far; fails after a generous wait. */
  readonly waitFor: (condition: (messages: readonly SubscriptionMessage[]) => boolean) => Promise<void>;
  readonly stop: () => void;
}

export function record(messages: Observable<SubscriptionMessage>): Recording {
  const received: SubscriptionMessage[] = [];
  let completed = false;
  let failure: unknown;
  const subscription = messages.subscribe({
    next: (message) => received.push(message),
    error: (error: unknown) => (failure = error ?? new Error('subscription failed')),
    complete: () => (completed = true),
  });
  return {
    messages: received,
    events: () => eventsIn(received),
    completed: () => completed,
    waitFor: async (condition) => {
      const deadline = Date.now() + 20_000;
      while (!condition(received)) {
        if (failure !== undefined) throw failure;
        if (Date.now() > deadline) throw new Error(`gave up waiting; received ${JSON.stringify(received.map(describe))}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    stop: () => subscription.unsubscribe(),
  };
}

function describe(message: SubscriptionMessage): string {
  return message.kind === 'event' ? `${message.event.stream}@${message.event.revision}` : `caughtUp@${message.position}`;
}

export function countEvents(messages: readonly SubscriptionMessage[], ids: readonly string[]): number {
  const wanted = new Set(ids);
  return messages.filter((message) => message.kind === 'event' && wanted.has(message.event.id)).length;
}
