import { defer, filter, retry, throwError, timer, type Observable } from 'rxjs';
import { StoreUnavailableError, type SubscriptionMessage } from './event-store.port.js';

export interface ResumeOptions {
  /** Exclusive start position of the whole subscription; omitted means from the start of the log. */
  readonly after?: number;
  /** Which failures are worth a new attempt; anything else ends the subscription with that error. */
  readonly isRetryable?: (error: unknown) => boolean;
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
}

/** Opens one attempt of a catch-up-then-live subscription, exclusive of `after`. */
export type OpenSubscription = (after: number | undefined) => Observable<SubscriptionMessage>;

/**
 * Keeps a subscription alive across lost connections, for any adapter.
 *
 * Each attempt is reopened from the last position this subscriber was given, so
 * nothing is skipped; an adapter that replays from a little earlier than asked
 * cannot cause a duplicate because anything at or before that position is
 * dropped here. `caughtUp` is passed on once only: a reopened attempt catches up
 * again, but the subscriber was already told. The delay doubles per failed
 * attempt and starts over as soon as an attempt delivers something.
 */
export function resumeAfterFailure(open: OpenSubscription, options: ResumeOptions = {}): Observable<SubscriptionMessage> {
  const isRetryable = options.isRetryable ?? ((error: unknown) => error instanceof StoreUnavailableError);
  const initialDelayMs = options.initialDelayMs ?? 100;
  const maxDelayMs = options.maxDelayMs ?? 5_000;

  return defer(() => {
    let lastDelivered = options.after;
    let caughtUpSent = false;

    const isNew = (message: SubscriptionMessage): boolean => {
      if (message.kind === 'caughtUp') {
        if (caughtUpSent) return false;
        caughtUpSent = true;
        return true;
      }
      if (lastDelivered !== undefined && message.event.position <= lastDelivered) return false;
      lastDelivered = message.event.position;
      return true;
    };

    return defer(() => open(lastDelivered)).pipe(
      filter(isNew),
      retry({
        resetOnSuccess: true,
        delay: (error: unknown, attempt: number) =>
          isRetryable(error)
            ? timer(Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1)))
            : throwError(() => error),
      }),
    );
  });
}
