/**
 * Append and full-read throughput of both adapters, with raw better-sqlite3
 * baselines on the same schema and pragmas. Not part of `npm test`.
 *
 *   node --expose-gc --import ./test/support/ts-register.mjs test/bench/store-throughput.ts [scale]
 *
 * `scale` (default 1) multiplies every event count; scale 5 reads 1.5 M events
 * from SQLite. The EventStoreDB numbers are the real client and adapter over
 * real gRPC to the in-process double, so they measure our code and the client,
 * not an EventStoreDB server.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore, NewEvent } from '../../src/event-store/event-store.port.js';
import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { migrate } from '../../src/event-store/sqlite/migrations.js';
import { LEDGER_PRAGMAS } from '../../src/event-store/sqlite/sqlite-pragmas.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { EsdbGrpcServer } from '../support/esdb-grpc-server/esdb-grpc-server.js';

const scale = Number(process.argv[2] ?? 1);
const directory = mkdtempSync(join(tmpdir(), 'omstallning-bench-'));

/** A ledger-sized event: a plan adoption with source, principal and hash-chain metadata. */
function ledgerEvent(index: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'PlanAdopted',
    data: { planId: `plan-${index}`, party: 'kommun:1784', decidedOn: '2022-03-28', decidedBy: 'kommunfullmaktige' },
    metadata: {
      principal: 'import:bench',
      recordedAt: '2024-01-01T00:00:00.000Z',
      source: { title: 'Målbild nära vård Värmland', url: 'https://example.org/malbild', publisher: 'Region Värmland' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      schemaVersion: 1,
      previousHash: 'a'.repeat(64),
      hash: 'b'.repeat(64),
    },
  };
}

function batches(total: number, size: number): NewEvent[][] {
  return Array.from({ length: Math.ceil(total / size) }, (_, batch) =>
    Array.from({ length: Math.min(size, total - batch * size) }, (_, index) => ledgerEvent(batch * size + index)),
  );
}

interface Row {
  readonly store: string;
  readonly operation: string;
  readonly events: number;
  readonly seconds: number;
}
const rows: Row[] = [];

async function measure(store: string, operation: string, events: number, work: () => Promise<unknown> | unknown) {
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rows.push({ store, operation, events, seconds });
  console.log(`${store.padEnd(34)} ${operation.padEnd(26)} ${String(events).padStart(9)} events ${(events / seconds).toFixed(0).padStart(9)} events/s`);
}

async function appendAll(store: EventStore, phase: string, prepared: NewEvent[][]): Promise<void> {
  for (const [index, batch] of prepared.entries()) await store.append(`plan-${phase}${index}`, batch, 'no_stream');
}

async function readEverything(store: EventStore): Promise<number> {
  let count = 0;
  for await (const event of store.readAll()) if (event.position > 0) count += 1;
  return count;
}

async function benchAdapter(name: string, store: EventStore, counts: { single: number; hundred: number; thousand: number }) {
  for (const [size, events] of [[1, counts.single], [100, counts.hundred], [1000, counts.thousand]] as const) {
    const prepared = batches(events, size);
    await measure(name, `append ${size} per call`, events, () => appendAll(store, `s${size}x`, prepared));
  }
  const total = counts.single + counts.hundred + counts.thousand;
  await measure(name, 'readAll (full replay)', total, async () => {
    if ((await readEverything(store)) !== total) throw new Error('readAll lost events');
  });
}

/** The same writes and the same scan straight through better-sqlite3: the ceiling for the adapter. */
async function benchRawSqlite(total: number): Promise<void> {
  const db = new Database(join(directory, 'raw.db'));
  for (const pragma of LEDGER_PRAGMAS) db.pragma(pragma);
  migrate(db);
  const insert = db.prepare('INSERT INTO events (id, stream, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const prepared = batches(total, 1000);
  await measure('raw better-sqlite3', 'insert 1000 per tx', total, () => {
    for (const [batchIndex, batch] of prepared.entries()) {
      db.transaction(() => {
        for (const [index, event] of batch.entries()) {
          insert.run(event.id, `plan-${batchIndex}`, index, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), Date.now());
        }
      })();
    }
  });
  await measure('raw better-sqlite3', 'SELECT + JSON.parse scan', total, () => {
    let count = 0;
    const scan = db.prepare('SELECT position, id, stream, revision, type, data, metadata, recorded_at FROM events ORDER BY position').raw(true);
    for (const row of scan.iterate() as Iterable<unknown[]>) {
      JSON.parse(row[5] as string);
      JSON.parse(row[6] as string);
      count += 1;
    }
    if (count !== total) throw new Error('raw scan lost events');
  });
  db.close();
}

const sqliteCounts = { single: 2_000 * scale, hundred: 100_000 * scale, thousand: 200_000 * scale };
const sqlite = SqliteEventStore.open({ path: join(directory, 'adapter.db') });
await benchAdapter('sqlite adapter', sqlite, sqliteCounts);
await sqlite.close();
await benchRawSqlite(sqliteCounts.single + sqliteCounts.hundred + sqliteCounts.thousand);

const server = await EsdbGrpcServer.start();
const esdb = EventStoreDbEventStore.connect(server.connectionString);
await benchAdapter('eventstoredb adapter (gRPC double)', esdb, { single: 1_000 * scale, hundred: 20_000 * scale, thousand: 50_000 * scale });
await esdb.close();
await server.stop();
rmSync(directory, { recursive: true, force: true });

const rate = (store: string, operation: string) => {
  const row = rows.find((candidate) => candidate.store === store && candidate.operation === operation)!;
  return row.events / row.seconds;
};
console.log(
  `\nsqlite adapter vs raw: append 1000/call ${(100 * rate('sqlite adapter', 'append 1000 per call') / rate('raw better-sqlite3', 'insert 1000 per tx')).toFixed(0)} %,` +
    ` full replay ${(100 * rate('sqlite adapter', 'readAll (full replay)') / rate('raw better-sqlite3', 'SELECT + JSON.parse scan')).toFixed(0)} %`,
);
