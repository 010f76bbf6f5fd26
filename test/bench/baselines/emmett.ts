import {
  appendToStream,
  createEventStoreSchema,
  getSQLiteEventStore,
  readMessagesBatch,
  sqliteConnection,
  type SQLiteConnection,
  type SQLiteEventStore,
} from '@event-driven-io/emmett-sqlite';
import type { LedgerGroup } from '../generate-ledger.js';

const PAGE = 2_000;

/** Emmett counts stream versions from 1 (events in the stream); our revisions count from 0. */
const expectedVersion = (group: LedgerGroup): bigint => (group.expectedRevision === 'no_stream' ? 0n : BigInt(group.expectedRevision + 1));

const messages = (group: LedgerGroup) => group.events.map((event) => ({ type: event.type, data: event.data, metadata: { ...event.metadata, eventId: event.id } }));

/**
 * The peer: Emmett's SQLite event store (@event-driven-io/emmett-sqlite, on
 * the `sqlite3` driver), appending the same events with the same expected
 * versions and reading them back in global order.
 *
 * Two ways in: its documented `getSQLiteEventStore` (which opens and closes a
 * database connection around every call when given a file), and its exported
 * schema functions on one connection kept open, the fastest the package
 * allows. The benchmark reports both and holds us to the faster.
 */
export class EmmettBaseline {
  private constructor(
    private readonly connection: SQLiteConnection,
    private readonly store: SQLiteEventStore,
  ) {}

  static async open(path: string): Promise<EmmettBaseline> {
    const connection = sqliteConnection({ fileName: path });
    await createEventStoreSchema(connection);
    return new EmmettBaseline(connection, getSQLiteEventStore({ fileName: path }));
  }

  /** Through the documented store object. */
  async appendViaStore(group: LedgerGroup): Promise<void> {
    await this.store.appendToStream(group.stream, messages(group), { expectedStreamVersion: expectedVersion(group) });
  }

  /** Through the exported append on the connection kept open. */
  async appendOnConnection(group: LedgerGroup): Promise<void> {
    const streamType = group.stream.slice(0, group.stream.indexOf('-'));
    const result = await appendToStream(this.connection, group.stream, streamType, messages(group), { expectedStreamVersion: expectedVersion(group) });
    if (!result.success) throw new Error(`Emmett refused the append to ${group.stream}`);
  }

  /** The caller's transaction around several appends, one after another: Emmett's own transactions nest in it, so it commits once. */
  async appendTogether(groups: readonly LedgerGroup[]): Promise<void> {
    await this.connection.withTransaction(async () => {
      for (const group of groups) await this.appendOnConnection(group);
    });
  }

  /** Many appends in one transaction with fsync off: to lay down a ledger before a measurement, never while timing. */
  async preload(groups: readonly LedgerGroup[]): Promise<void> {
    await this.connection.command('PRAGMA synchronous = OFF');
    await this.appendTogether(groups);
    await this.connection.command('PRAGMA synchronous = FULL');
  }

  /** Every event in global order, as Emmett's consumers pull them (pages of 2 000). Returns the count. */
  async replay(onEvent?: (event: unknown) => void): Promise<number> {
    let after = 0n;
    let count = 0;
    for (;;) {
      const batch = await readMessagesBatch(this.connection, { after, batchSize: PAGE });
      for (const message of batch.messages) onEvent?.(message);
      count += batch.messages.length;
      if (!batch.areEventsLeft) return count;
      after = batch.currentGlobalPosition;
    }
  }

  close(): void {
    this.connection.close();
  }
}
