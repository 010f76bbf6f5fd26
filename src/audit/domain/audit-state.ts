/** Names to small integer codes and back. */
export interface Codebook {
  readonly codes: Map<string, number>;
  readonly names: string[];
  /** The code given last: consecutive events mostly share a type, principal or stream. */
  last: number;
}

/**
 * The audit index: one row per ledger event in compact columns (a million
 * events take about 30 MB), enough to filter and count by stream, principal,
 * type and record time. The events themselves are read back from the store
 * for the page shown, so the audit always shows what is stored.
 */
export interface AuditState {
  count: number;
  positions: Float64Array;
  recordedAt: Float64Array;
  revisions: Uint32Array;
  types: Uint16Array;
  principals: Uint32Array;
  streams: Uint32Array;
  readonly type: Codebook;
  readonly principal: Codebook;
  readonly stream: Codebook;
  lastPosition: number;
}

const INITIAL_CAPACITY = 1024;

const codebook = (): Codebook => ({ codes: new Map(), names: [], last: -1 });

export function emptyAudit(): AuditState {
  return {
    count: 0,
    positions: new Float64Array(INITIAL_CAPACITY),
    recordedAt: new Float64Array(INITIAL_CAPACITY),
    revisions: new Uint32Array(INITIAL_CAPACITY),
    types: new Uint16Array(INITIAL_CAPACITY),
    principals: new Uint32Array(INITIAL_CAPACITY),
    streams: new Uint32Array(INITIAL_CAPACITY),
    type: codebook(),
    principal: codebook(),
    stream: codebook(),
    lastPosition: Number.NEGATIVE_INFINITY,
  };
}

/** The code of a name, comparing with the last one before hashing a fresh string. */
export function codeOf(book: Codebook, name: string): number {
  if (book.last >= 0 && book.names[book.last] === name) return book.last;
  let code = book.codes.get(name);
  if (code === undefined) {
    code = book.names.length;
    book.names.push(name);
    book.codes.set(name, code);
  }
  book.last = code;
  return code;
}

function grown<T extends Float64Array | Uint32Array | Uint16Array>(column: T, make: (size: number) => T): T {
  const next = make(column.length * 2);
  next.set(column);
  return next;
}

export function ensureCapacity(state: AuditState): void {
  if (state.count < state.positions.length) return;
  state.positions = grown(state.positions, (n) => new Float64Array(n));
  state.recordedAt = grown(state.recordedAt, (n) => new Float64Array(n));
  state.revisions = grown(state.revisions, (n) => new Uint32Array(n));
  state.types = grown(state.types, (n) => new Uint16Array(n));
  state.principals = grown(state.principals, (n) => new Uint32Array(n));
  state.streams = grown(state.streams, (n) => new Uint32Array(n));
}
