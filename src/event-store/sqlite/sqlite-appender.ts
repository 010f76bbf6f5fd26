import type Database from 'better-sqlite3';
import {
  StoreUnavailableError,
  WrongExpectedRevisionError,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
} from '../event-store.port.js';
import { acceptsAppend, matchesEarlierAppend } from '../new-events.js';
import type { Outcome } from './group-commit.js';
import { isDuplicateIdError, toSqliteStoreError } from './sqlite-errors.js';

/** An event as it will be inserted: data and metadata already JSON text. */
interface EventRowValues {
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

export interface AppendRequest {
  readonly stream: string;
  readonly events: readonly EventRowValues[];
  readonly expected: ExpectedRevision;
}

/**
 * Serialised when the append is made, not when its group is written: what is
 * stored is the events as they were handed over, even if the caller changes
 * its objects while the append waits, and the JSON work is done before the
 * write lock is taken rather than while other processes wait for it.
 */
export function appendRequest(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendRequest {
  return {
    stream,
    expected,
    events: events.map((event) => ({ id: event.id, type: event.type, data: JSON.stringify(event.data), metadata: JSON.stringify(event.metadata) })),
  };
}

interface StoredId {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
}

/**
 * Writes a group of appends as one IMMEDIATE transaction: the write lock is
 * taken before any current revision is read, so another process cannot slip in
 * between a check and its insert, and a crash leaves all of the group or none
 * of it. Each append is a savepoint inside it (better-sqlite3 nests transaction
 * functions so), so an append that is refused rolls back only itself, and the
 * appends run in arrival order, each seeing the ones before it.
 */
export class SqliteAppender {
  private readonly insert: Database.Statement;
  private readonly lastRevision: Database.Statement;
  private readonly storedId: Database.Statement;
  private readonly write: Database.Transaction<(request: AppendRequest) => AppendResult>;
  private readonly group: Database.Transaction<(requests: readonly AppendRequest[]) => Outcome<AppendResult>[]>;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {
    this.insert = db.prepare(
      'INSERT INTO events (id, stream, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.lastRevision = db.prepare('SELECT MAX(revision) FROM events WHERE stream = ?').pluck();
    this.storedId = db.prepare('SELECT position, stream, revision FROM events WHERE id = ?');
    this.write = db.transaction((request) => this.writeAll(request));
    this.group = db.transaction((requests) => requests.map((request) => this.attempt(request)));
  }

  /** Last revision of the stream, -1 when it has no events. */
  currentRevision(stream: string): number {
    return (this.lastRevision.get(stream) as number | null) ?? -1;
  }

  /** One outcome per request, in order; throws, having written nothing, when the transaction as a whole failed. */
  appendGroup(requests: readonly AppendRequest[]): Outcome<AppendResult>[] {
    return this.group.immediate(requests);
  }

  /**
   * A refused append is that append's answer; a failure of the file (full, I/O,
   * closed) or one after which SQLite ended the transaction is the whole group's.
   */
  private attempt(request: AppendRequest): Outcome<AppendResult> {
    try {
      return { ok: true, value: this.appendOne(request) };
    } catch (error) {
      if (!this.db.inTransaction || toSqliteStoreError(error) instanceof StoreUnavailableError) throw error;
      return { ok: false, error };
    }
  }

  private appendOne(request: AppendRequest): AppendResult {
    try {
      return this.write(request);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) && !isDuplicateIdError(error)) throw error;
      const original = this.earlierAppend(request);
      if (original) return original;
      if (error instanceof WrongExpectedRevisionError) throw error;
      throw new WrongExpectedRevisionError(request.stream, request.expected, this.currentOrNoStream(request.stream));
    }
  }

  private writeAll({ stream, events, expected }: AppendRequest): AppendResult {
    const current = this.currentRevision(stream);
    if (!acceptsAppend(expected, current)) {
      throw new WrongExpectedRevisionError(stream, expected, current < 0 ? 'no_stream' : current);
    }
    const recordedAt = this.clock().getTime();
    let position = 0;
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index];
      const { lastInsertRowid } = this.insert.run(event.id, stream, current + 1 + index, event.type, event.data, event.metadata, recordedAt);
      position = Number(lastInsertRowid);
    }
    return { revision: current + events.length, position };
  }

  /**
   * The result of the earlier append these events came from, when this is a
   * re-send of it: every id stored, in this stream, consecutively, where the
   * expected revision says they belong. Anything else is a conflict.
   */
  private earlierAppend({ stream, events, expected }: AppendRequest): AppendResult | null {
    const stored: StoredId[] = [];
    for (const event of events) {
      const found = this.storedId.get(event.id) as StoredId | undefined;
      if (!found || found.stream !== stream) return null;
      if (stored.length > 0 && found.revision !== stored[stored.length - 1].revision + 1) return null;
      stored.push(found);
    }
    if (!matchesEarlierAppend(expected, stored[0].revision)) return null;
    const last = stored[stored.length - 1];
    return { revision: last.revision, position: last.position };
  }

  private currentOrNoStream(stream: string): number | 'no_stream' {
    const current = this.currentRevision(stream);
    return current < 0 ? 'no_stream' : current;
  }
}
