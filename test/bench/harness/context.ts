import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { messagesTable } from '@event-driven-io/emmett-sqlite';
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

/** A consistent copy through SQLite's online backup, whichever connection last wrote the file and whether or not it has closed. */
export async function copyDatabase(from: string, to: string): Promise<void> {
  removeDatabase(to);
  const source = new Database(from, { readonly: true });
  try {
    await source.backup(to, { progress: () => 10_000 });
  } finally {
    source.close();
  }
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
 * The databases holding the first `upTo` events of the ledger (all by
 * default), laid down untimed when an earlier run has not left them complete:
 * in large transactions with fsync off, through the same insert the store
 * uses (ours and raw share the store's schema and row format) and through
 * Emmett's own append (Emmett). Kept between runs under dist-bench/data.
 */
export async function ensureLoaded(ctx: BenchContext, which: readonly ('ours' | 'raw' | 'emmett')[] = ['ours', 'raw', 'emmett'], upTo = ctx.events): Promise<void> {
  for (const name of ['ours', 'raw'] as const) {
    const path = ctx.paths[name];
    if (!which.includes(name) || rowCount(path, 'events') === upTo) continue;
    removeDatabase(path);
    const raw = RawSqlite.open(path, { durable: false });
    for (const chunk of ledgerChunks(ctx.ledger, 20_000, 0, upTo)) raw.appendMany(chunk);
    raw.close();
  }
  if (which.includes('emmett') && rowCount(ctx.paths.emmett, messagesTable.name) !== upTo) {
    removeDatabase(ctx.paths.emmett);
    const emmett = await EmmettBaseline.open(ctx.paths.emmett);
    for (const chunk of ledgerChunks(ctx.ledger, 20_000, 0, upTo)) await emmett.preload(chunk);
    emmett.close();
  }
}
