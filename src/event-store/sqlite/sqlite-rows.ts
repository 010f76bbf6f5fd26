import type { ReadAllOptions, RecordedEvent } from '../event-store.port.js';

/** Columns in the order every read selects them; statements run in raw mode to skip building row objects. */
export const EVENT_COLUMNS = 'position, id, stream, revision, type, data, metadata, recorded_at';

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

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: row[0],
    id: row[1],
    stream: row[2],
    revision: row[3],
    type: row[4],
    data: JSON.parse(row[5]) as Record<string, unknown>,
    metadata: JSON.parse(row[6]) as Record<string, unknown>,
    recordedAt: new Date(row[7]),
  };
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
