/** Names to small integer codes and back. */
export interface Codebook {
  readonly names: string[];
  /**
   * Codes by name, made when first asked for (see codesOf). The stream book's
   * would be a map of every stream, and building it event by event cost a
   * million-event rebuild about 0.2 s, while only a query by stream reads it.
   */
  codes: Map<string, number> | null;
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

const codebook = (): Codebook => ({ codes: null, names: [], last: -1 });

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

/** The book's codes by name, made from its names the first time. */
export function codesOf(book: Codebook): Map<string, number> {
  if (book.codes === null) book.codes = new Map(book.names.map((name, code) => [name, code]));
  return book.codes;
}

/** The code of a name, comparing with the last one before hashing a fresh string. */
export function codeOf(book: Codebook, name: string): number {
  if (book.last >= 0 && book.names[book.last] === name) return book.last;
  const codes = codesOf(book);
  let code = codes.get(name);
  if (code === undefined) {
    code = book.names.length;
    book.names.push(name);
    codes.set(name, code);
  }
  book.last = code;
  return code;
}

/**
 * The code of a name its caller never asked this book for before (the
 * stream of a new timeline subject, see applyToLedger). While the book has
 * no map of codes, every name in it came this way, so the name is new and
 * needs no lookup; once it has one, the name may have come through codeOf.
 */
export function codeOfUnasked(book: Codebook, name: string): number {
  if (book.codes !== null) return codeOf(book, name);
  book.last = book.names.length;
  book.names.push(name);
  return book.last;
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
