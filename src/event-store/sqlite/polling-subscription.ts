import { Observable } from 'rxjs';
import type { EventPage, SubscriptionMessage } from '../event-store.port.js';

export interface PageSource {
  /** Up to `limit` events with a position greater than `after` (all from the start when undefined), in order. */
  readonly readPage: (after: number | undefined, limit: number) => EventPage | Promise<EventPage>;
  /** Ticks when this process appended, so its own writes are delivered without waiting for a poll. */
  readonly appended: Observable<void>;
  /** Releases what the source holds (a reader thread) when the subscription ends. */
  readonly close?: () => void;
}

export interface PollingOptions {
  readonly after?: number;
  readonly pageSize: number;
  /** How often to look for writes made by other processes. */
  readonly pollIntervalMs: number;
  readonly toStoreError: (error: unknown) => unknown;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One catch-up-then-live attempt over a log that can only be polled.
 *
 * A single drain loop reads pages after the last delivered position until a
 * short page, so catch-up and live delivery are the same code and cannot
 * overlap; a wake-up during a drain just asks for one more round. Between full
 * pages it yields to the event loop so a long catch-up does not starve the process.
 */
export function pollingSubscription(source: PageSource, options: PollingOptions): Observable<SubscriptionMessage> {
  return new Observable<SubscriptionMessage>((subscriber) => {
    let lastDelivered = options.after;
    let caughtUp = false;
    let draining = false;
    let wokenDuringDrain = false;

    const drainOnce = async (): Promise<void> => {
      for (;;) {
        const page = await source.readPage(lastDelivered, options.pageSize);
        for (let i = 0; i < page.length; i++) {
          if (subscriber.closed) return;
          const event = page.event(i);
          lastDelivered = event.position;
          subscriber.next({ kind: 'event', event });
        }
        if (page.length < options.pageSize) return;
        await nextTurn();
        if (subscriber.closed) return;
      }
    };

    const drain = async (): Promise<void> => {
      if (draining) {
        wokenDuringDrain = true;
        return;
      }
      draining = true;
      try {
        do {
          wokenDuringDrain = false;
          await drainOnce();
          if (!caughtUp && !subscriber.closed) {
            caughtUp = true;
            subscriber.next({ kind: 'caughtUp', position: lastDelivered ?? null });
          }
        } while (wokenDuringDrain && !subscriber.closed);
      } catch (error) {
        subscriber.error(options.toStoreError(error));
      } finally {
        draining = false;
      }
    };

    void drain();
    const wakeUps = source.appended.subscribe(() => queueMicrotask(() => void drain()));
    const poll = setInterval(() => void drain(), options.pollIntervalMs);
    poll.unref();
    return () => {
      wakeUps.unsubscribe();
      clearInterval(poll);
      source.close?.();
    };
  });
}
