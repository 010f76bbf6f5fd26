import type { AsOf } from '../../projections/domain/versioned.js';
import { chunkIndexOf, slotInChunk } from '../../projections/domain/chunked-column.js';
import { codesOf, type AuditState } from './audit-state.js';

export interface AuditQuery {
  readonly stream?: string;
  readonly principal?: string;
  readonly types?: readonly string[];
  /** Record time range, epoch ms, inclusive. */
  readonly from?: number;
  readonly to?: number;
  readonly asOf?: AsOf;
  /** Oldest first (log order, default) or newest first. */
  readonly order?: 'asc' | 'desc';
  /** A position from a previous page's `nextCursor`: continue after it. */
  readonly cursor?: number;
  readonly limit?: number;
}

/** Where an event is stored, to read it back. */
export interface AuditRef {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
}

export interface AuditPage {
  /** Events matching the filters, over all pages. */
  readonly total: number;
  readonly refs: readonly AuditRef[];
  readonly nextCursor: number | null;
}

/** Filters and counts the index; one pass over compact columns, so linear but cheap (a million rows in a few ms). */
export function queryAudit(state: AuditState, query: AuditQuery): AuditPage {
  const limit = query.limit ?? 50;
  const stream = query.stream === undefined ? undefined : (codesOf(state.stream).get(query.stream) ?? -1);
  const principal = query.principal === undefined ? undefined : (codesOf(state.principal).get(query.principal) ?? -1);
  const typeCodes = query.types?.length ? new Set(query.types.map((t) => codesOf(state.type).get(t) ?? -1)) : null;
  const from = query.from ?? Number.NEGATIVE_INFINITY;
  const to = Math.min(query.to ?? Number.POSITIVE_INFINITY, query.asOf ?? Number.POSITIVE_INFINITY);
  const desc = query.order === 'desc';
  const after = query.cursor ?? (desc ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
  const picked: number[] = [];
  let total = 0;
  let more = false;
  // Reads each column's chunk as a typed array: a read per row through the column's methods made a scan twice as slow.
  let chunk = -1;
  let streams = state.streams.chunkOf(0);
  let principals = state.principals.chunkOf(0);
  let types = state.types.chunkOf(0);
  let times = state.recordedAt.chunkOf(0);
  let positions = state.positions.chunkOf(0);
  for (let k = 0; k < state.count; k++) {
    const i = desc ? state.count - 1 - k : k;
    if (chunkIndexOf(i) !== chunk) {
      chunk = chunkIndexOf(i);
      streams = state.streams.chunkOf(i);
      principals = state.principals.chunkOf(i);
      types = state.types.chunkOf(i);
      times = state.recordedAt.chunkOf(i);
      positions = state.positions.chunkOf(i);
    }
    const o = slotInChunk(i);
    const matches =
      (stream === undefined || streams[o] === stream) &&
      (principal === undefined || principals[o] === principal) &&
      (typeCodes === null || typeCodes.has(types[o])) &&
      times[o] >= from &&
      times[o] <= to;
    if (!matches) continue;
    total++;
    const p = positions[o];
    if (desc ? p >= after : p <= after) continue;
    if (picked.length < limit) picked.push(i);
    else more = true;
  }
  const refs = picked.map((i) => ({ position: state.positions.get(i), stream: state.stream.names[state.streams.get(i)], revision: state.revisions.get(i) }));
  return { total, refs, nextCursor: more ? refs[refs.length - 1].position : null };
}
