import type { ReadAllOptions, RecordedEvent } from '../event-store.port.js';

/** Columns in the order every read selects them; statements run in raw mode to skip building row objects. */
export const EVENT_COLUMNS = 'position, id, stream, revision, type, data, metadata, recorded_at';

/**
 * What a reader thread selects: the position; the row's JSON array text
 * (`[position,id,0,revision,0,data,`) up to its metadata,
 * concatenated by SQLite, which does it for a fraction of what the same
 * strings cost in JavaScript; the stream and the type, which the reader
 * numbers (see page-reader.worker.mjs) and the zeros stand for; the metadata, either whole or
 * as one column per field asked for (the field's JSON text, or NULL when the
 * event has none: SQLite takes them out faster than a parse and a stringify in
 * JavaScript); and the record time.
 */
export function readerColumns(fields: readonly string[] | undefined): string {
  const head = `'[' || position || ',' || json_quote(id) || ',0,' || revision || ',0,' || data || ','`;
  const metadata = fields ? fields.map((field) => `metadata -> '${jsonPath(field)}'`) : ['metadata'];
  return ['position', head, 'stream', 'type', ...metadata, 'recorded_at'].join(', ');
}

function jsonPath(field: string): string {
  // Fields are names in code (a projection's declaration); anything else has no place in SQL.
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new Error(`Metadata field ${JSON.stringify(field)} is not a plain name`);
  return `$.${field}`;
}

export type EventRow = [
  position: number,
  id: string,
  stream: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  recordedAt: number,
];

/** A row read here: data and metadata still JSON text. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return recordedEvent(row, JSON.parse(row[5]) as Record<string, unknown>, JSON.parse(row[6]) as Record<string, unknown>);
}

/**
 * The event of a row whose data and metadata are parsed. Every page, whoever
 * read it, makes its events here: events of one shape keep the reducers'
 * property reads monomorphic.
 */
export function recordedEvent(
  row: readonly [number, string, string, number, string, unknown, unknown, number],
  data: Record<string, unknown>,
  metadata: Record<string, unknown>,
): RecordedEvent {
  return { position: row[0], id: row[1], stream: row[2], revision: row[3], type: row[4], data, metadata, recordedAt: new Date(row[7]) };
}

export interface FilterSql {
  /** Appended to a WHERE clause; empty without a filter. */
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

/**
 * Stream prefixes compare with substr/length rather than LIKE, which would fold
 * ASCII case and treat `_` and `%` as wildcards.
 */
export function filterSql(filter: ReadAllOptions['filter']): FilterSql {
  const clauses: string[] = [];
  const params: string[] = [];
  const prefixes = filter?.streamPrefixes ?? [];
  if (prefixes.length > 0) {
    clauses.push(`(${prefixes.map(() => 'substr(stream, 1, length(?)) = ?').join(' OR ')})`);
    for (const prefix of prefixes) params.push(prefix, prefix);
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    clauses.push(`type IN (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}
