import type Database from 'better-sqlite3';
import {
  WrongExpectedRevisionError,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
} from '../event-store.port.js';
import { acceptsAppend, matchesEarlierAppend } from '../new-events.js';
import { isDuplicateIdError } from './sqlite-errors.js';

interface StoredId {
  readonly position: number;
  readonly stream: string;
  readonly revision: number;
}

/**
 * Writes one append as one IMMEDIATE transaction: the write lock is taken before
 * the current revision is read, so another process cannot slip in between the
 * check and the insert, and a crash leaves all of the append or none of it.
 */
export class SqliteAppender {
  private readonly insert: Database.Statement;
  private readonly lastRevision: Database.Statement;
  private readonly storedId: Database.Statement;
  private readonly write: Database.Transaction<
    (stream: string, events: readonly NewEvent[], expected: ExpectedRevision) => AppendResult
  >;

  constructor(
    db: Database.Database,
    private readonly clock: () => Date,
  ) {
    this.insert = db.prepare(
      'INSERT INTO events (id, stream, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.lastRevision = db.prepare('SELECT MAX(revision) FROM events WHERE stream = ?').pluck();
    this.storedId = db.prepare('SELECT position, stream, revision FROM events WHERE id = ?');
    this.write = db.transaction((stream, events, expected) => this.writeAll(stream, events, expected));
  }

  /** Last revision of the stream, -1 when it has no events. */
  currentRevision(stream: string): number {
    return (this.lastRevision.get(stream) as number | null) ?? -1;
  }

  append(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    try {
      return this.write.immediate(stream, events, expected);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) && !isDuplicateIdError(error)) throw error;
      const original = this.earlierAppend(stream, events, expected);
      if (original) return original;
      if (error instanceof WrongExpectedRevisionError) throw error;
      throw new WrongExpectedRevisionError(stream, expected, this.currentOrNoStream(stream));
    }
  }

  private writeAll(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const current = this.currentRevision(stream);
    if (!acceptsAppend(expected, current)) {
      throw new WrongExpectedRevisionError(stream, expected, current < 0 ? 'no_stream' : current);
    }
    const recordedAt = this.clock().getTime();
    let position = 0;
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index];
      const { lastInsertRowid } = this.insert.run(
        event.id,
        stream,
        current + 1 + index,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        recordedAt,
      );
      position = Number(lastInsertRowid);
    }
    return { revision: current + events.length, position };
  }

  /**
   * The result of the earlier append these events came from, when this is a
   * re-send of it: every id stored, in this stream, consecutively, where the
   * expected revision says they belong. Anything else is a conflict.
   */
  private earlierAppend(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult | null {
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
