import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChainVerifier } from '../../src/audit/domain/verify-chains.js';
import { systemClock } from '../../src/config/clock.js';
import { importCommands } from '../../src/dataset/import/import-commands.js';
import type { RecordedEvent } from '../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { firstDifference } from '../support/faults/first-difference.js';
import { generatedImportLines } from '../support/faults/generated-import.js';
import { startImporter, type ImportOutcome, type ImporterProcess } from '../support/faults/importer-process.js';
import { projectionAnswers, refusedQueries } from '../support/faults/projection-answers.js';
import { Seeded } from '../support/faults/seeded.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const SEED = 20_220_616;
const KILLS = 20;
/**
 * A kill lands this long (drawn uniformly) after the importer's first append
 * of the run. Twenty of them add up to less than writing the whole file takes
 * here (an fsync per command), so most runs are cut off mid-import; on a faster
 * disk the import may finish sooner, and the later runs then only re-check it.
 */
const MAX_KILL_DELAY_MS = 300;
const FILE = 'faults-generated.ndjson';
const PRELOADED = 2;

/** What identifies an event apart from when and by whom it was recorded (record time, hash). */
const essence = ({ id, stream, revision, type, data }: RecordedEvent) => ({ id, stream, revision, type, data });

async function readLog(path: string): Promise<RecordedEvent[]> {
  const store = SqliteEventStore.open({ path });
  try {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll()) events.push(event);
    return events;
  } finally {
    await store.close();
  }
}

let dir: string;
let ledgerPath: string;
let filePath: string;
let cacheDir: string;
let reference: RecordedEvent[];
let lineCount: number;
let app: StartedApp;
const importers: ImporterProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omstallning-kill-'));
  ledgerPath = join(dir, 'ledger.db');
  filePath = join(dir, FILE);
  cacheDir = join(dir, 'ts-cache');
  mkdirSync(cacheDir);
  const lines = generatedImportLines(FILE, SEED);
  lineCount = lines.length;
  writeFileSync(filePath, lines.map((line) => line.text).join('\n') + '\n');

  // What one clean, uninterrupted import of the same file produces.
  const clean = SqliteEventStore.open({ path: ':memory:' });
  const report = await importCommands(clean, systemClock, lines);
  expect(report).toMatchObject({ written: lines.length, errors: [], committed: true });
  reference = [];
  for await (const event of clean.readAll()) reference.push(event);
  await clean.close();

  // The service runs on the same file throughout, its projections fed live from what each killed importer left.
  app = await startApp({ sqlitePath: ledgerPath });
});

afterAll(async () => {
  for (const importer of importers) importer.kill();
  await Promise.all(importers.map((importer) => importer.exited));
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

function nextImporter(): ImporterProcess {
  const importer = startImporter(ledgerPath, filePath, cacheDir);
  importers.push(importer);
  return importer;
}

/** The log holds exactly the events of the file's first commands, each command's events whole, in the clean import's order. */
async function expectWholePrefix(why: string): Promise<number> {
  const log = (await readLog(ledgerPath)).map(essence);
  const expected = reference.slice(0, log.length);
  expect({ why, difference: firstDifference(log, expected.map(essence)) }).toEqual({ why, difference: null });
  const last = expected.at(-1);
  const following = reference[log.length];
  if (last && following) expect({ why, split: following.metadata.idempotencyKey === last.metadata.idempotencyKey }).toEqual({ why, split: false });
  return log.length;
}

describe(`an import killed (SIGKILL) ${KILLS} times at seeded random moments (seed ${SEED})`, () => {
  it('is finished by re-running it: the clean import’s events exactly once, chains intact, projections equal a rebuild', async () => {
    const rng = new Seeded(SEED);
    const outcomes: { delayMs: number; outcome: ImportOutcome; stored: number }[] = [];
    // Importers load a few seconds before they can start; the next ones load while one runs.
    const waiting = Array.from({ length: PRELOADED }, nextImporter);
    const take = () => {
      waiting.push(nextImporter());
      return waiting.shift()!;
    };
    for (let run = 0; run < KILLS; run += 1) {
      const delayMs = rng.int(0, MAX_KILL_DELAY_MS);
      const running = take();
      await running.ready;
      running.go();
      const reached = await Promise.race([running.writing.then(() => 'writing' as const), running.exited.then(() => 'exited' as const)]);
      if (reached === 'writing') {
        await sleep(delayMs);
        running.kill();
      }
      const outcome = await running.exited;
      const stored = await expectWholePrefix(`seed ${SEED}, run ${run}, killed ${delayMs} ms after the first append`);
      outcomes.push({ delayMs, outcome, stored });
    }

    const last = waiting.shift()!;
    await last.ready;
    last.go();
    const finished = await last.exited;
    expect(finished).toEqual({ code: 0, signal: null, done: { written: expect.any(Number), alreadyPresent: expect.any(Number), refused: 0 } });
    expect(finished.done!.written + finished.done!.alreadyPresent).toBe(lineCount);

    // A run the kill did not cut short finished the import: every later run then found nothing to write.
    const finishedEarly = outcomes.findIndex(({ outcome }) => outcome.signal !== 'SIGKILL');
    expect({ seed: SEED, firstRunKilled: outcomes[0].outcome.signal }).toEqual({ seed: SEED, firstRunKilled: 'SIGKILL' });
    if (finishedEarly >= 0) expect(outcomes.slice(finishedEarly).map(({ stored }) => stored)).toEqual(outcomes.slice(finishedEarly).map(() => reference.length));

    const log = await readLog(ledgerPath);
    expect(firstDifference(log.map(essence), reference.map(essence))).toBeNull();
    expect(new Set(log.map((event) => event.id)).size).toBe(reference.length);

    const chains = new ChainVerifier();
    log.forEach((event) => chains.add(event));
    expect(chains.report()).toMatchObject({ ok: true, events: reference.length, brokenLinks: 0 });

    // The projections the service built live, across every crash, against a rebuild from zero of the same log.
    const runner = app.app.get(ProjectionRunner);
    await runner.waitFor(log.at(-1)!.position, 30_000);
    const live = await projectionAnswers(app, log);
    expect(refusedQueries(live)).toEqual([]);

    // The states themselves are not compared: they hold caches, deferred index work and cycles that differ
    // between a live feed and a bulk load by design; what they answer must not.
    const rebuild = await app.app.inject({ method: 'POST', url: '/admin/rebuild', headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` } });
    expect(rebuild.json()).toMatchObject({ ledgerEvents: reference.length, checkpoint: log.at(-1)!.position });
    expect(firstDifference(await projectionAnswers(app, log), live)).toBeNull();
  }, 180_000);
});

