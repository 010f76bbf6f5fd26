import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { EmmettBaseline } from '../baselines/emmett.js';
import { RawSqlite } from '../baselines/raw-sqlite.js';
import type { LedgerGroup } from '../generate-ledger.js';
import { firstEvents, ledgerChunks } from '../harness/chunks.js';
import { ensureLoaded, removeDatabase, type BenchContext } from '../harness/context.js';
import { atLeast, bothMet, ratio, type Measurement } from '../harness/measurement.js';
import { oneByOne, writeInTurns } from '../harness/turns.js';
import { copyForConcurrentAppend, measureConcurrentAppend } from './append-concurrent.js';

/**
 * Appends timed at every size: the whole ledger up to 100k events; at 1M the
 * last 100k onto the first 900k (laid down untimed), so each size measures
 * the same amount of work against a larger log, and the fsync-bound run at 1M
 * stays within minutes.
 */
const TIMED_EVENTS = 100_000;

/** Slices of about `size` events, in order. */
function slices(groups: readonly LedgerGroup[], size: number): LedgerGroup[][] {
  const result: LedgerGroup[][] = [[]];
  let events = 0;
  for (const group of groups) {
    if (events >= size) {
      result.push([]);
      events = 0;
    }
    result[result.length - 1].push(group);
    events += group.events.length;
  }
  return result;
}

/** Each event of the groups as its own append, with the revision it must follow. */
function singles(groups: readonly LedgerGroup[]): LedgerGroup[] {
  return groups.flatMap((group) => {
    const first = group.expectedRevision === 'no_stream' ? 0 : group.expectedRevision + 1;
    return group.events.map((event, index): LedgerGroup => ({ stream: group.stream, expectedRevision: first + index === 0 ? 'no_stream' : first + index - 1, events: [event] }));
  });
}

async function withStores<T>(dir: string, tag: string, work: (stores: { ours: SqliteEventStore; raw: RawSqlite; emmett: EmmettBaseline }) => Promise<T>): Promise<T> {
  const paths = ['ours', 'raw', 'emmett'].map((name) => join(dir, `${tag}-${name}.db`));
  paths.forEach(removeDatabase);
  const ours = SqliteEventStore.open({ path: paths[0] });
  const raw = RawSqlite.open(paths[1]);
  const emmett = await EmmettBaseline.open(paths[2]);
  try {
    return await work({ ours, raw, emmett });
  } finally {
    await ours.close();
    raw.close();
    emmett.close();
    paths.forEach(removeDatabase);
  }
}

/**
 * Append throughput through the port, beside raw inserts of the same rows in
 * the same transactions and Emmett appending the same events. The whole-ledger
 * run leaves the three databases complete for the read measurements.
 */
export async function measureAppend(ctx: BenchContext): Promise<Measurement[]> {
  const timed = Math.min(ctx.events, TIMED_EVENTS);
  Object.values(ctx.paths).forEach(removeDatabase);
  await ensureLoaded(ctx, ['ours', 'raw', 'emmett'], ctx.events - timed);
  const copies = await copyForConcurrentAppend(ctx);
  const ours = SqliteEventStore.open({ path: ctx.paths.ours });
  const raw = RawSqlite.open(ctx.paths.raw);
  const emmett = await EmmettBaseline.open(ctx.paths.emmett);
  const [oursTurn, rawTurn, emmettTurn] = await writeInTurns(ledgerChunks(ctx.ledger, 5_000, ctx.events - timed), [
    oneByOne((g) => ours.append(g.stream, g.events, g.expectedRevision).then(() => undefined)),
    oneByOne((g) => raw.appendGroup(g)),
    oneByOne((g) => emmett.appendOnConnection(g)),
  ]);
  await ours.close();
  raw.close();
  emmett.close();

  const where = timed === ctx.events ? 'whole ledger from empty' : `last ${timed} events onto ${ctx.events - timed}`;
  const concurrent = await measureConcurrentAppend(copies, ledgerChunks(ctx.ledger, 5_000, ctx.events - timed), { sample: timed, where, withTarget: ctx.events >= 1_000_000 });

  const sample = firstEvents(ctx.ledger, Math.min(ctx.events, 5_000));
  const sampleSize = sample.reduce((sum, group) => sum + group.events.length, 0);
  const viaApi = await withStores(ctx.dir, 'sample', (s) =>
    writeInTurns(slices(sample, 500), [oneByOne((g) => s.ours.append(g.stream, g.events, g.expectedRevision).then(() => undefined)), oneByOne((g) => s.raw.appendGroup(g)), oneByOne((g) => s.emmett.appendViaStore(g))]),
  );
  const one = singles(firstEvents(ctx.ledger, Math.min(ctx.events, 3_000)));
  const single = await withStores(ctx.dir, 'single', (s) =>
    writeInTurns(slices(one, 300), [oneByOne((g) => s.ours.append(g.stream, g.events, g.expectedRevision).then(() => undefined)), oneByOne((g) => s.raw.appendGroup(g)), oneByOne((g) => s.emmett.appendOnConnection(g))]),
  );

  const [oursRate, rawRate, emmettRate] = [oursTurn.rate, rawTurn.rate, emmettTurn.rate];
  const batchTarget = bothMet('≥ 50 % of raw and ≥ 2× Emmett', atLeast(ratio(oursRate, rawRate), 0.5, ''), atLeast(ratio(oursRate, emmettRate), 2, ''));
  return [
    {
      name: 'append, batch per stream',
      unit: 'events/s',
      higherIsBetter: true,
      ours: oursRate,
      limit: rawRate,
      peer: emmettRate,
      sample: timed,
      ...(ctx.events >= 1_000_000 ? { target: batchTarget } : {}),
      note: `${where}; Emmett on one open connection`,
    },
    {
      name: 'append, batch per stream: CPU per event',
      unit: 'µs',
      higherIsBetter: false,
      ours: oursTurn.cpuUs,
      limit: rawTurn.cpuUs,
      peer: emmettTurn.cpuUs,
      sample: timed,
      note: 'what each store costs apart from waiting for fsync (one per batch, the same for all three)',
    },
    ...concurrent,
    { name: "append, batch per stream, Emmett's store API", unit: 'events/s', higherIsBetter: true, ours: viaApi[0].rate, limit: viaApi[1].rate, peer: viaApi[2].rate, sample: sampleSize, note: 'getSQLiteEventStore opens a connection per call' },
    { name: 'append, one event per append', unit: 'events/s', higherIsBetter: true, ours: single[0].rate, limit: single[1].rate, peer: single[2].rate, sample: one.length, note: 'one fsync per event' },
  ];
}
