import { assertNotAfterRecordTime, parseDecisionDate, type DecisionDate } from '../../../src/ledger/domain/decision-date.js';
import { eventHash } from '../../../src/ledger/domain/hash-chain.js';
import type { LedgerGroup } from '../generate-ledger.js';

export interface LedgerSummary {
  readonly events: number;
  readonly streams: number;
  readonly groups: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly byPrecision: Readonly<Record<string, number>>;
}

/**
 * Checks a generated ledger before anything is measured on it: the count,
 * contiguous revisions, every hash recomputed with the ledger's own
 * `eventHash` and chained to its predecessor, record times in order, and every
 * decision date a valid EDTF date not after the day it was recorded.
 */
export function verifyLedger(groups: Iterable<LedgerGroup>, expectedEvents: number): LedgerSummary {
  const heads = new Map<string, { revision: number; hash: string }>();
  const dates = new Map<string, DecisionDate>();
  const byType: Record<string, number> = {};
  const byPrecision: Record<string, number> = {};
  let events = 0;
  let groupCount = 0;
  let lastRecordedAt = '';
  for (const group of groups) {
    groupCount += 1;
    const head = heads.get(group.stream);
    if ((head?.revision ?? 'no_stream') !== group.expectedRevision) throw new Error(`${group.stream}: expected revision ${String(group.expectedRevision)} after ${String(head?.revision)}`);
    let revision = head?.revision ?? -1;
    let previousHash = head?.hash ?? null;
    for (const event of group.events) {
      revision += 1;
      const { metadata } = event;
      if (metadata.previousHash !== previousHash) throw new Error(`${group.stream}@${revision}: broken chain`);
      if (eventHash({ ...event, metadata: { ...metadata }, stream: group.stream, revision }) !== metadata.hash) throw new Error(`${group.stream}@${revision}: wrong hash`);
      if (metadata.recordedAt < lastRecordedAt) throw new Error(`${group.stream}@${revision}: recorded before its predecessor`);
      lastRecordedAt = metadata.recordedAt;
      previousHash = metadata.hash;
      for (const field of ['decidedOn', 'initiatedOn'] as const) {
        const value = event.data[field];
        if (typeof value !== 'string') continue;
        let date = dates.get(value);
        if (!date) dates.set(value, (date = parseDecisionDate(value, field)));
        assertNotAfterRecordTime(date, new Date(metadata.recordedAt), field);
        byPrecision[date.precision] = (byPrecision[date.precision] ?? 0) + 1;
      }
      byType[event.type] = (byType[event.type] ?? 0) + 1;
      events += 1;
    }
    heads.set(group.stream, { revision, hash: previousHash as string });
  }
  if (events !== expectedEvents) throw new Error(`Generated ${events} events, expected ${expectedEvents}`);
  return { events, streams: heads.size, groups: groupCount, byType, byPrecision };
}
