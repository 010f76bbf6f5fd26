import type { AsOf } from './versioned.js';

/** An answer derived from a record at "now", valid while the record's `version` is. */
export type NowCache = { readonly version: number; readonly value: unknown } | null;

/** A projection record that counts its changes in `version` and keeps answers at "now" in the slots `K`. */
export type NowCached<K extends string> = { readonly version: number } & { [slot in K]: NowCache };

/**
 * `derive()` for the record at `asOf`. At "now" the answer is kept in the
 * record's `slot` until the record changes: most queries ask about "now", and
 * between two writes every one of them would derive the same answer again.
 */
export function cachedAtNow<K extends string, T>(record: NowCached<K>, slot: K, asOf: AsOf, derive: () => T): T {
  if (asOf !== null) return derive();
  const cached = record[slot];
  if (cached?.version === record.version) return cached.value as T;
  const value = derive();
  record[slot] = { version: record.version, value } as NowCached<K>[K];
  return value;
}
