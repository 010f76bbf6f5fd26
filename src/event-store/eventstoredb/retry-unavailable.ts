import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailableError } from '../event-store.port.js';

export interface RetryPolicy {
  /** Attempts after the first one. */
  readonly retries: number;
  readonly initialDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, initialDelayMs: 50 };

/**
 * Runs `work` again while it fails with StoreUnavailableError, doubling the
 * delay each time. Safe for appends because event ids make a re-sent append
 * idempotent, and needed because the client reconnects lazily: the first call
 * after the server came back can still land on the channel that broke.
 */
export async function retryWhileUnavailable<T>(work: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= policy.retries) throw error;
      await sleep(policy.initialDelayMs * 2 ** attempt);
    }
  }
}
