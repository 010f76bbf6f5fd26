import {
  START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
} from '@eventstore/db-client';
import { Observable } from 'rxjs';
import { StoreUnavailableError, type SubscriptionMessage } from '../event-store.port.js';
import { isSystemEvent, toRecordedEvent, toStoreError } from './esdb-mapping.js';

/**
 * One attempt of a catch-up-then-live subscription to $all, exclusive of `after`.
 *
 * `caughtUp` comes from the server where it sends one (23.10 and later), and
 * otherwise from the head of the log read just before subscribing: once an
 * event at or past that head arrives, everything that existed was delivered.
 * The call ending for any reason other than our own unsubscribe is reported as
 * the store being unavailable, so the resume helper opens a new attempt.
 */
export function esdbSubscriptionAttempt(
  client: EventStoreDBClient,
  after: number | undefined,
  headPosition: () => Promise<number | null>,
): Observable<SubscriptionMessage> {
  return new Observable<SubscriptionMessage>((subscriber) => {
    let subscription: AllStreamSubscription | undefined;
    let lastDelivered = after ?? null;
    let caughtUp = false;
    let head: number | null = null;

    const announceCaughtUp = () => {
      if (caughtUp) return;
      caughtUp = true;
      subscriber.next({ kind: 'caughtUp', position: lastDelivered });
    };
    const fail = (error: unknown) => subscriber.error(toStoreError(error));

    const start = async () => {
      head = await headPosition();
      if (subscriber.closed) return;
      if (head === null || (after !== undefined && head <= after)) announceCaughtUp();
      subscription = client.subscribeToAll({
        fromPosition: after === undefined ? START : { commit: BigInt(after), prepare: BigInt(after) },
        filter: excludeSystemEvents(),
      });
      subscription
        .on('data', (resolved: AllStreamResolvedEvent) => {
          if (isSystemEvent(resolved)) return;
          const event = toRecordedEvent(resolved);
          lastDelivered = event.position;
          subscriber.next({ kind: 'event', event });
          if (head !== null && event.position >= head) announceCaughtUp();
        })
        .on('caughtUp', announceCaughtUp)
        .on('error', fail)
        .on('end', () => fail(new StoreUnavailableError('EventStoreDB avslutade prenumerationen')));
    };

    start().catch(fail);
    return () => {
      void subscription?.unsubscribe();
    };
  });
}
