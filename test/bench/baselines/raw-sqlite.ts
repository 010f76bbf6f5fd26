import Database from 'better-sqlite3';
import { migrate } from '../../../src/event-store/sqlite/migrations.js';
import { LEDGER_PRAGMAS } from '../../../src/event-store/sqlite/sqlite-pragmas.js';
import type { LedgerGroup } from '../generate-ledger.js';
import { time } from '../harness/clock.js';
import { warmPageCache } from '../harness/page-cache.js';

/**
 * The hardware's limit for our schema: plain better-sqlite3 with the store's
 * own schema (its migrations) and durability (WAL, synchronous=FULL), inserting
 * the same rows in the same transactions, with none of the store's work
 * (validation, revision check, idempotency lookup). The JSON text of data and
 * metadata is made inside the timed loop, as any writer must.
 */
export class RawSqlite {
  private readonly insert: Database.Statement;
  private readonly lastPosition: Database.Statement;
  private readonly writeGroup: (group: LedgerGroup, recordedAt: number) => void;

  private constructor(private readonly db: Database.Database) {
    this.insert = db.prepare('INSERT INTO events (id, stream, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.lastPosition = db.prepare('SELECT MAX(position) FROM events').pluck();
    this.writeGroup = db.transaction((group: LedgerGroup, recordedAt: number) => {
      const first = group.expectedRevision === 'no_stream' ? 0 : group.expectedRevision + 1;
      for (let index = 0; index < group.events.length; index += 1) {
        const event = group.events[index];
        this.insert.run(event.id, group.stream, first + index, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAt);
      }
    });
  }

  /** `durable: false` (synchronous=OFF) only to lay down a ledger before a measurement, never while timing. */
  static open(path: string, options: { durable: boolean } = { durable: true }): RawSqlite {
    const db = new Database(path);
    for (const pragma of LEDGER_PRAGMAS) db.pragma(pragma);
    if (!options.durable) db.pragma('synchronous = OFF');
    migrate(db);
    return new RawSqlite(db);
  }

  /** One transaction per group, as the store's batched append. */
  appendGroup(group: LedgerGroup): void {
    this.writeGroup(group, Date.now());
  }

  /** Many groups in one transaction: the store's rows, laid down fast. */
  appendMany(groups: readonly LedgerGroup[]): void {
    this.db.transaction(() => groups.forEach((group) => this.writeGroup(group, Date.now())))();
  }

  /** Every row in log order, data and metadata parsed: the least any replay must do. Returns the count. */
  scan(onEvent?: (data: unknown, metadata: unknown) => void): number {
    let count = 0;
    const rows = this.db.prepare('SELECT position, id, stream, revision, type, data, metadata, recorded_at FROM events ORDER BY position').raw(true);
    for (const row of rows.iterate() as IterableIterator<unknown[]>) {
      const data: unknown = JSON.parse(row[5] as string);
      const metadata: unknown = JSON.parse(row[6] as string);
      onEvent?.(data, metadata);
      count += 1;
    }
    return count;
  }

  head(): number | null {
    return this.lastPosition.get() as number | null;
  }

  close(): void {
    this.db.close();
  }
}

/** One timed scan of the file at `path` (found in the page cache, opened and closed around it): the limit a full read is set beside. */
export async function timeRawScan(path: string): Promise<{ ms: number; count: number }> {
  warmPageCache(path);
  const raw = RawSqlite.open(path);
  try {
    let count = 0;
    const ms = await time(() => (count = raw.scan()));
    return { ms, count };
  } finally {
    raw.close();
  }
}
