import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { EmmettBaseline } from '../baselines/emmett.js';
import { RawSqlite } from '../baselines/raw-sqlite.js';
import type { LedgerGroup } from '../generate-ledger.js';
import { copyDatabase, removeDatabase, type BenchContext } from '../harness/context.js';
import { atLeast, bothMet, ratio, type Measurement } from '../harness/measurement.js';
import { oneByOne, runsOf, writeInTurns, type ChunkWriter } from '../harness/turns.js';

/** Stream batches in flight at once, as 32 concurrent commands put them to the store. */
const IN_FLIGHT = 32;

export interface ConcurrentPaths {
  readonly ours: string;
  readonly raw: string;
  readonly emmettOneByOne: string;
  readonly emmettTogether: string;
}

/**
 * Copies of the databases as they stand before the timed appends (at 1M,
 * holding the first 900k events), one for each way of writing, so every way
 * appends the same events onto the same log as the batch-per-stream run.
 */
export async function copyForConcurrentAppend(ctx: BenchContext): Promise<ConcurrentPaths> {
  const paths: ConcurrentPaths = {
    ours: join(ctx.dir, 'concurrent-ours.db'),
    raw: join(ctx.dir, 'concurrent-raw.db'),
    emmettOneByOne: join(ctx.dir, 'concurrent-emmett-one-by-one.db'),
    emmettTogether: join(ctx.dir, 'concurrent-emmett-together.db'),
  };
  await copyDatabase(ctx.paths.ours, paths.ours);
  await copyDatabase(ctx.paths.raw, paths.raw);
  await copyDatabase(ctx.paths.emmett, paths.emmettOneByOne);
  await copyDatabase(ctx.paths.emmett, paths.emmettTogether);
  return paths;
}

/** A writer that hands the store the groups of a chunk `IN_FLIGHT` at a time, the next run once the last is done. */
function inRuns(write: (run: readonly LedgerGroup[]) => Promise<unknown> | void): ChunkWriter {
  return async (chunk) => {
    for (const run of runsOf(chunk, IN_FLIGHT)) await write(run);
  };
}

export interface ConcurrentOptions {
  /** Events appended, for the table. */
  readonly sample: number;
  /** Which part of the ledger was appended onto what. */
  readonly where: string;
  /** Whether this size is the one the target is stated at. */
  readonly withTarget: boolean;
}

/**
 * The same ledger groups as the batch-per-stream run, 32 stream batches in
 * flight at once through the port (Promise.all of 32 appends, then the next
 * 32), beside raw better-sqlite3 writing each 32 in one transaction and Emmett
 * both ways it can take them: one appendToStream after another, as a service
 * on Emmett must (its store closes the connection it shares between calls when
 * the first of several concurrent ones ends), and the caller wrapping the 32
 * in one withTransaction, its best case. The copies are removed afterwards.
 */
export async function measureConcurrentAppend(paths: ConcurrentPaths, chunks: Iterable<readonly LedgerGroup[]>, options: ConcurrentOptions): Promise<Measurement[]> {
  const ours = SqliteEventStore.open({ path: paths.ours });
  const raw = RawSqlite.open(paths.raw);
  const emmettOneByOne = await EmmettBaseline.open(paths.emmettOneByOne);
  const emmettTogether = await EmmettBaseline.open(paths.emmettTogether);
  let turns;
  try {
    turns = await writeInTurns(chunks, [
      inRuns((run) => Promise.all(run.map((g) => ours.append(g.stream, g.events, g.expectedRevision)))),
      inRuns((run) => raw.appendMany(run)),
      oneByOne((g) => emmettOneByOne.appendOnConnection(g)),
      inRuns((run) => emmettTogether.appendTogether(run)),
    ]);
  } finally {
    await ours.close();
    raw.close();
    emmettOneByOne.close();
    emmettTogether.close();
    Object.values(paths).forEach(removeDatabase);
  }
  const [oursTurn, rawTurn, oneByOneTurn, togetherTurn] = turns;
  const together = togetherTurn.rate >= oneByOneTurn.rate;
  const emmett = together ? togetherTurn : oneByOneTurn;
  const target = bothMet(
    '≥ 50 % of raw and ≥ 2× Emmett',
    atLeast(ratio(oursTurn.rate, rawTurn.rate), 0.5, ''),
    atLeast(ratio(oursTurn.rate, emmett.rate), 2, ''),
  );
  const line = (name: string, peer: number, note: string, extra: Partial<Measurement> = {}): Measurement => ({
    name,
    unit: 'events/s',
    higherIsBetter: true,
    ours: oursTurn.rate,
    limit: rawTurn.rate,
    peer,
    sample: options.sample,
    note,
    ...extra,
  });
  return [
    line(
      'append, concurrent batches (group commit)',
      emmett.rate,
      `${options.where}; ${IN_FLIGHT} stream batches in flight at once, then the next ${IN_FLIGHT}; raw writes each ${IN_FLIGHT} in one transaction; Emmett: the faster of its two lines below (${together ? 'one withTransaction' : 'one by one'})`,
      options.withTarget ? { target } : {},
    ),
    line('append, concurrent batches: Emmett one by one', oneByOneTurn.rate, 'each appendToStream on its own, in turn: a commit and an fsync per batch'),
    line('append, concurrent batches: Emmett in one withTransaction', togetherTurn.rate, `the caller's transaction around the ${IN_FLIGHT}: one commit, but one refused append fails them all`),
    {
      name: 'append, concurrent batches: CPU per event',
      unit: 'µs',
      higherIsBetter: false,
      ours: oursTurn.cpuUs,
      limit: rawTurn.cpuUs,
      peer: emmett.cpuUs,
      sample: options.sample,
      note: `Emmett ${oneByOneTurn.cpuUs} one by one, ${togetherTurn.cpuUs} in one withTransaction`,
    },
  ];
}
