import { generateLedger, type LedgerGroup, type LedgerOptions } from '../generate-ledger.js';

/**
 * The ledger in slices of about `size` events, each generated in full before
 * it is handed out, so a timed loop over a slice measures the store and not
 * the generator, and a 1M ledger never sits in memory whole.
 */
export function* ledgerChunks(options: LedgerOptions, size = 20_000): Generator<LedgerGroup[]> {
  let chunk: LedgerGroup[] = [];
  let events = 0;
  for (const group of generateLedger(options)) {
    chunk.push(group);
    events += group.events.length;
    if (events >= size) {
      yield chunk;
      chunk = [];
      events = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The first `count` events of the ledger, in whole groups (the last group cut to fit). */
export function firstEvents(options: LedgerOptions, count: number): LedgerGroup[] {
  const groups: LedgerGroup[] = [];
  let remaining = count;
  for (const group of generateLedger(options)) {
    if (remaining <= 0) break;
    groups.push(group.events.length <= remaining ? group : { ...group, events: group.events.slice(0, remaining) });
    remaining -= group.events.length;
  }
  return groups;
}
