import { ChunkedColumn } from '../../projections/domain/chunked-column.js';

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
  readonly positions: ChunkedColumn<'f64'>;
  readonly recordedAt: ChunkedColumn<'f64'>;
  readonly revisions: ChunkedColumn<'u32'>;
  readonly types: ChunkedColumn<'u16'>;
  readonly principals: ChunkedColumn<'u32'>;
  readonly streams: ChunkedColumn<'u32'>;
  readonly type: Codebook;
  readonly principal: Codebook;
  readonly stream: Codebook;
  lastPosition: number;
}

const codebook = (): Codebook => ({ codes: null, names: [], last: -1 });

export function emptyAudit(): AuditState {
  return {
    count: 0,
    positions: new ChunkedColumn('f64'),
    recordedAt: new ChunkedColumn('f64'),
    revisions: new ChunkedColumn('u32'),
    types: new ChunkedColumn('u16'),
    principals: new ChunkedColumn('u32'),
    streams: new ChunkedColumn('u32'),
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
