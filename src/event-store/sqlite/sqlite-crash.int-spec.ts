import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { StreamNotFoundError } from '../event-store.port.js';
import { SqliteEventStore } from './sqlite-event-store.js';

/**
 * The child runs the adapter's TypeScript source directly through a small
 * module hook (test/support/ts-register.mjs, TypeScript's own transpiler), so
 * the test needs no build and works from a fresh clone under `npm test`.
 */
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const register = pathToFileURL(join(root, 'test/support/ts-register.mjs')).href;
const childScript = join(root, 'test/support/sqlite-crash-child.ts');

/** Events of each append; a round is two appends made at once, written as one group. */
const BATCH = 25_000;
const KILL_DELAYS_MS = [0, 25, 80, 160, 260, 400];

interface KilledRun {
  /** The streams of each round announced, the two appends of a group together. */
  readonly started: string[][];
  readonly finished: Set<string>;
}

/** Starts the appending child, waits for its first "start" line plus `delayMs`, then SIGKILLs it. */
async function appendUntilKilled(path: string, run: number, delayMs: number): Promise<KilledRun> {
  const child = spawn(process.execPath, ['--import', register, childScript, path, String(run), String(BATCH)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started: string[][] = [];
  const finished = new Set<string>();
  let firstStart: () => void = () => undefined;
  const appending = new Promise<void>((resolveStart) => (firstStart = resolveStart));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, ...streams] = line.split(' ');
    if (word === 'start') {
      started.push(streams);
      firstStart();
    }
    if (word === 'done') streams.forEach((stream) => finished.add(stream));
  });
  const exited = once(child, 'exit');
  await Promise.race([appending, exited]);
  await sleep(delayMs);
  child.kill('SIGKILL');
  const [code, signal] = await exited;
  if (signal !== 'SIGKILL') throw new Error(`child ended by itself (code ${code})`);
  return { started, finished };
}

async function storedCount(store: SqliteEventStore, stream: string): Promise<number> {
  try {
    const events = await store.readStream(stream);
    expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => index));
    return events.length;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return 0;
    throw error;
  }
}

describe('SqliteEventStore — killed in the middle of a large append', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'omstallning-crash-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it(`keeps all ${BATCH} events of an append or none, and a group's appends together, whenever the process dies`, async () => {
    const path = join(directory, 'ledger.db');
    let interruptedGroups = 0;
    let completeStreams = 0;

    for (const [run, delayMs] of KILL_DELAYS_MS.entries()) {
      const { started, finished } = await appendUntilKilled(path, run, delayMs);
      const store = SqliteEventStore.open({ path });
      for (const group of started) {
        const counts = await Promise.all(group.map((stream) => storedCount(store, stream)));
        expect([0, BATCH]).toContain(counts[0]);
        expect(counts).toEqual(group.map(() => counts[0]));
        if (group.every((stream) => finished.has(stream))) expect(counts[0]).toBe(BATCH);
        if (counts[0] === 0) interruptedGroups += 1;
        else completeStreams += group.length;
      }
      await store.close();
    }

    const raw = new Database(path, { readonly: true });
    const integrity = raw.pragma('integrity_check', { simple: true });
    const total = raw.prepare('SELECT COUNT(*) FROM events').pluck().get();
    raw.close();
    expect(integrity).toBe('ok');
    expect(total).toBe(completeStreams * BATCH);
    expect(interruptedGroups).toBeGreaterThan(0);
  }, 180_000);
});
