import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ReplaySubject, Subject, takeUntil, type Observable } from 'rxjs';
import {
  StoreUnavailableError,
  StreamNotFoundError,
  type AppendResult,
  type EventPage,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type MetadataFields,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type SubscriptionMessage,
} from '../event-store.port.js';
import { eventsOf } from '../event-pages.js';
import { assertValidAppend } from '../new-events.js';
import { resumeAfterFailure } from '../resume-subscription.js';
import { migrate } from './migrations.js';
import { pollingSubscription } from './polling-subscription.js';
import { GroupCommit, type Outcome } from './group-commit.js';
import { SqliteAppender, appendRequest, type AppendRequest } from './sqlite-appender.js';
import { LEDGER_PRAGMAS } from './sqlite-pragmas.js';
import { EVENT_COLUMNS, filterSql, readerColumns, toRecordedEvent, type EventRow } from './sqlite-rows.js';
import { CatchUpPages } from './catch-up-pages.js';
import { rowsPage } from './event-page.js';
import { PagePrefetch } from './page-prefetch.js';
import { toSqliteStoreError } from './sqlite-errors.js';

export const DEFAULT_SQLITE_PATH = './data/omstallning.db';

const pageSql = (filter: string, columns = EVENT_COLUMNS) => `SELECT ${columns} FROM events WHERE position > ?${filter} ORDER BY position LIMIT ?`;

export interface SqliteEventStoreOptions {
  /** File of the ledger; its directory is created. `:memory:` for a throwaway store. */
  readonly path?: string;
  /** Rows per page in readAll and in subscription catch-up. */
  readonly pageSize?: number;
  /** How often a subscription looks for events written by another process. */
  readonly pollIntervalMs?: number;
  /** Record time of appended events. */
  readonly clock?: () => Date;
  /**
   * A full read or catch-up of a file with at least this many events still
   * to go reads its pages in a worker thread (see PagePrefetch); Infinity never does.
   */
  readonly prefetchFrom?: number;
  /**
   * How many stream and type names a reader thread numbers for one long read
   * before it starts again from none (see page-reader.worker.mjs): what the
   * names of a log of millions of streams may hold of both threads' memory.
   */
  readonly readerNamesLimit?: number;
}

/**
 * The embedded event store: one SQLite file in WAL mode.
 *
 * synchronous=FULL: every append is fsynced before it is acknowledged, so a
 * decision the ledger confirmed survives a power cut, not only a process crash
 * (NORMAL would keep the file consistent but could lose the last acknowledged
 * appends). The price is one fsync per transaction, so appends pending at the
 * same time (concurrent commands) are written as one group: one transaction,
 * one fsync, each append checked and answered on its own.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  private readonly appender: SqliteAppender;
  private readonly groups: GroupCommit<AppendRequest, AppendResult>;
  private readonly appended = new Subject<void>();
  private readonly closing = new ReplaySubject<void>(1);
  private readonly statements = new Map<string, Database.Statement>();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly prefetchFrom: number;
  private readonly readerNamesLimit: number | undefined;
  private readonly readings = new Set<CatchUpPages>();

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
  ) {
    this.pageSize = options.pageSize ?? 2_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.prefetchFrom = options.prefetchFrom ?? 50_000;
    this.readerNamesLimit = options.readerNamesLimit;
    this.appender = new SqliteAppender(db, options.clock ?? (() => new Date()));
    this.groups = new GroupCommit((requests) => this.writeGroup(requests));
  }

  static open(options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const path = options.path ?? DEFAULT_SQLITE_PATH;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path, { timeout: 5_000 });
      for (const pragma of LEDGER_PRAGMAS) db.pragma(pragma);
      migrate(db);
      return new SqliteEventStore(db, options);
    } catch (error) {
      throw toSqliteStoreError(error);
    }
  }

  async append(stream: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    assertValidAppend(stream, events);
    return this.groups.submit(appendRequest(stream, events, expectedRevision));
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.guard(() => {
      const rows = this.statement(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ).all(stream, options.fromRevision ?? 0, options.maxCount ?? -1) as EventRow[];
      if (rows.length === 0 && this.appender.currentRevision(stream) < 0) throw new StreamNotFoundError(stream);
      return rows.map(toRecordedEvent);
    });
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return eventsOf(this.readAllPages(options));
  }

  async *readAllPages(options: ReadAllOptions = {}): AsyncIterable<EventPage> {
    const whole = options.filter === undefined && options.maxCount === undefined;
    const pages = whole ? this.reading(options.metadata) : null;
    let after = options.after;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    try {
      while (remaining > 0) {
        const limit = Math.min(this.pageSize, remaining);
        const page = pages ? await pages.read(after, limit) : rowsPage(this.guard(() => this.readPage(after, limit, options.filter)));
        if (page.length === 0) return;
        yield page;
        if (page.length < limit) return;
        after = page.lastPosition;
        remaining -= page.length;
      }
    } finally {
      if (pages) this.finished(pages);
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Observable<SubscriptionMessage> {
    return resumeAfterFailure(
      (after) => {
        const pages = this.reading(options.metadata);
        const source = { readPage: (from: number | undefined, limit: number) => pages.read(from, limit), appended: this.appended, close: () => this.finished(pages) };
        return pollingSubscription(source, {
          after,
          pageSize: this.pageSize,
          pollIntervalMs: this.pollIntervalMs,
          toStoreError: toSqliteStoreError,
        });
      },
      { after: options.after },
    ).pipe(takeUntil(this.closing));
  }

  async headPosition(): Promise<number | null> {
    return this.guard(() => this.statement('SELECT MAX(position) FROM events').pluck().get() as number | null);
  }

  async ping(): Promise<void> {
    this.guard(() => this.statement('SELECT 1').pluck().get());
  }

  /** Writes the appends still waiting, ends every open subscription of this instance (they complete) and releases the file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.groups.flush();
    for (const pages of this.readings) pages.close();
    this.readings.clear();
    this.closing.next();
    this.closing.complete();
    this.appended.complete();
    this.db.close();
  }

  private writeGroup(requests: readonly AppendRequest[]): readonly Outcome<AppendResult>[] {
    const outcomes = this.guard(() => this.appender.appendGroup(requests));
    if (outcomes.some((outcome) => outcome.ok)) this.appended.next();
    return outcomes;
  }

  private reading(metadata: MetadataFields | undefined): CatchUpPages {
    const pages = new CatchUpPages(
      (after, limit) => rowsPage(this.guard(() => this.readPage(after, limit))),
      (after) => this.startReader(after, metadata),
      this.pageSize,
    );
    this.readings.add(pages);
    return pages;
  }

  private finished(pages: CatchUpPages): void {
    pages.close();
    this.readings.delete(pages);
  }

  /** A reader thread for a long stretch of a file (delivering only the `metadata` fields asked for); a short one, or a store in memory, is read here. */
  private startReader(after: number | undefined, metadata: MetadataFields | undefined): PagePrefetch | null {
    if (this.db.memory || !this.db.open || !Number.isFinite(this.prefetchFrom)) return null;
    const head = this.guard(() => this.statement('SELECT MAX(position) FROM events').pluck().get() as number | null);
    if (head === null || head - (after ?? 0) < this.prefetchFrom) return null;
    return new PagePrefetch({ path: this.db.name, sql: pageSql('', readerColumns(metadata)), after: after ?? 0, pageSize: this.pageSize, metadata, namesLimit: this.readerNamesLimit });
  }

  /** Rows, not events: each is parsed when its turn comes (see EventPage). */
  private readPage(after: number | undefined, limit: number, filter?: ReadAllOptions['filter']): EventRow[] {
    const where = filterSql(filter);
    return this.statement(pageSql(where.sql)).all(after ?? 0, ...where.params, limit) as EventRow[];
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (statement.reader) statement.raw(true);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private guard<T>(work: () => T): T {
    if (!this.db.open) throw new StoreUnavailableError('Händelselagret är stängt');
    try {
      return work();
    } catch (error) {
      throw toSqliteStoreError(error);
    }
  }
}
