import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { EmmettBaseline } from '../baselines/emmett.js';
import { RawSqlite } from '../baselines/raw-sqlite.js';
import type { LedgerGroup } from '../generate-ledger.js';
import { firstEvents, ledgerChunks } from '../harness/chunks.js';
import { Stopwatch, collectGarbage } from '../harness/clock.js';
import { removeDatabase, type BenchContext } from '../harness/context.js';
import { atLeast, bothMet, perSecond, ratio, type Measurement } from '../harness/measurement.js';

type Appender = (group: LedgerGroup) => Promise<void> | void;

/** Events per second appending every group of the ledger, one transaction per group. */
async function appendAll(ctx: BenchContext, append: Appender): Promise<number> {
  const watch = new Stopwatch();
  for (const chunk of ledgerChunks(ctx.ledger)) {
    collectGarbage();
    watch.start();
    for (const group of chunk) await append(group);
    watch.stop();
  }
  return perSecond(ctx.events, watch.ms);
}

async function appendGroups(groups: readonly LedgerGroup[], append: Appender): Promise<number> {
  collectGarbage();
  const watch = new Stopwatch();
  watch.start();
  for (const group of groups) await append(group);
  watch.stop();
  return perSecond(groups.reduce((sum, group) => sum + group.events.length, 0), watch.ms);
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
  Object.values(ctx.paths).forEach(removeDatabase);
  const ours = SqliteEventStore.open({ path: ctx.paths.ours });
  const oursRate = await appendAll(ctx, (g) => ours.append(g.stream, g.events, g.expectedRevision).then(() => undefined));
  await ours.close();
  const raw = RawSqlite.open(ctx.paths.raw);
  const rawRate = await appendAll(ctx, (g) => raw.appendGroup(g));
  raw.close();
  const emmett = await EmmettBaseline.open(ctx.paths.emmett);
  const emmettRate = await appendAll(ctx, (g) => emmett.appendOnConnection(g));
  emmett.close();

  const sample = firstEvents(ctx.ledger, Math.min(ctx.events, 5_000));
  const sampleSize = sample.reduce((sum, group) => sum + group.events.length, 0);
  const viaApi = await withStores(ctx.dir, 'sample', async (s) => ({
    ours: await appendGroups(sample, (g) => s.ours.append(g.stream, g.events, g.expectedRevision).then(() => undefined)),
    raw: await appendGroups(sample, (g) => s.raw.appendGroup(g)),
    emmett: await appendGroups(sample, (g) => s.emmett.appendViaStore(g)),
  }));
  const one = singles(firstEvents(ctx.ledger, Math.min(ctx.events, 3_000)));
  const single = await withStores(ctx.dir, 'single', async (s) => ({
    ours: await appendGroups(one, (g) => s.ours.append(g.stream, g.events, g.expectedRevision).then(() => undefined)),
    raw: await appendGroups(one, (g) => s.raw.appendGroup(g)),
    emmett: await appendGroups(one, (g) => s.emmett.appendOnConnection(g)),
  }));

  const batchTarget = bothMet('≥ 50 % of raw and ≥ 2× Emmett', atLeast(ratio(oursRate, rawRate), 0.5, ''), atLeast(ratio(oursRate, emmettRate), 2, ''));
  return [
    { name: 'append, batch per stream (whole ledger)', unit: 'events/s', higherIsBetter: true, ours: oursRate, limit: rawRate, peer: emmettRate, sample: ctx.events, target: batchTarget, note: 'Emmett on one open connection' },
    { name: "append, batch per stream, Emmett's store API", unit: 'events/s', higherIsBetter: true, ours: viaApi.ours, limit: viaApi.raw, peer: viaApi.emmett, sample: sampleSize, note: 'getSQLiteEventStore opens a connection per call' },
    { name: 'append, one event per append', unit: 'events/s', higherIsBetter: true, ours: single.ours, limit: single.raw, peer: single.emmett, sample: one.length, note: 'one fsync per event' },
  ];
}
