import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { messagesTable } from '@event-driven-io/emmett-sqlite';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { EmmettBaseline } from '../baselines/emmett.js';
import { RawSqlite } from '../baselines/raw-sqlite.js';
import type { LedgerOptions } from '../generate-ledger.js';
import { ledgerChunks } from './chunks.js';

/** One size of one run: the ledger and where its three databases live. */
export interface BenchContext {
  readonly size: string;
  readonly events: number;
  readonly ledger: LedgerOptions;
  readonly dir: string;
  readonly paths: { readonly ours: string; readonly raw: string; readonly emmett: string };
}

export function benchContext(root: string, size: string, events: number, seed: number): BenchContext {
  const dir = join(root, `${size}-seed${seed}`);
  mkdirSync(dir, { recursive: true });
  return { size, events, ledger: { events, seed }, dir, paths: { ours: join(dir, 'ours.db'), raw: join(dir, 'raw.db'), emmett: join(dir, 'emmett.db') } };
}

export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function rowCount(path: string, table: string): number {
  if (!existsSync(path)) return -1;
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } catch {
    return -1;
  } finally {
    db.close();
  }
}

/**
 * The three databases holding the whole ledger, loaded (untimed, in batches)
 * when an earlier run or the append measurement has not left them complete.
 * Kept between runs under dist-bench/data, keyed by size and seed.
 */
export async function ensureLoaded(ctx: BenchContext, which: readonly ('ours' | 'raw' | 'emmett')[] = ['ours', 'raw', 'emmett']): Promise<void> {
  if (which.includes('ours') && rowCount(ctx.paths.ours, 'events') !== ctx.events) {
    removeDatabase(ctx.paths.ours);
    const store = SqliteEventStore.open({ path: ctx.paths.ours });
    for (const chunk of ledgerChunks(ctx.ledger)) for (const group of chunk) await store.append(group.stream, group.events, group.expectedRevision);
    await store.close();
  }
  if (which.includes('raw') && rowCount(ctx.paths.raw, 'events') !== ctx.events) {
    removeDatabase(ctx.paths.raw);
    const raw = RawSqlite.open(ctx.paths.raw);
    for (const chunk of ledgerChunks(ctx.ledger)) for (const group of chunk) raw.appendGroup(group);
    raw.close();
  }
  if (which.includes('emmett') && rowCount(ctx.paths.emmett, messagesTable.name) !== ctx.events) {
    removeDatabase(ctx.paths.emmett);
    const emmett = await EmmettBaseline.open(ctx.paths.emmett);
    for (const chunk of ledgerChunks(ctx.ledger)) for (const group of chunk) await emmett.appendOnConnection(group);
    emmett.close();
  }
}
