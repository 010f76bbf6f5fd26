import { generateLedger, type LedgerGroup, type LedgerOptions } from '../generate-ledger.js';

/** The part of a group from its `skip`-th event on, with the revision the rest follows. */
function tailOf(group: LedgerGroup, skip: number): LedgerGroup {
  if (skip === 0) return group;
  const first = group.expectedRevision === 'no_stream' ? 0 : group.expectedRevision + 1;
  return { stream: group.stream, expectedRevision: first + skip - 1, events: group.events.slice(skip) };
}

/** Events [from, to) of the ledger as groups, a group split where a bound cuts it. */
export function* ledgerRange(options: LedgerOptions, from = 0, to = options.events): Generator<LedgerGroup> {
  let position = 0;
  for (const group of generateLedger(options)) {
    const start = position;
    position += group.events.length;
    if (position <= from) continue;
    if (start >= to) return;
    const head = tailOf(group, Math.max(0, from - start));
    const keep = Math.min(head.events.length, to - Math.max(start, from));
    yield keep === head.events.length ? head : { ...head, events: head.events.slice(0, keep) };
  }
}

/**
 * Events [from, to) in slices of about `size` events, each generated in full
 * before it is handed out, so a timed loop over a slice measures the store and
 * not the generator, and a 1M ledger never sits in memory whole.
 */
export function* ledgerChunks(options: LedgerOptions, size = 20_000, from = 0, to = options.events): Generator<LedgerGroup[]> {
  let chunk: LedgerGroup[] = [];
  let events = 0;
  for (const group of ledgerRange(options, from, to)) {
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
  return [...ledgerRange(options, 0, count)];
}
