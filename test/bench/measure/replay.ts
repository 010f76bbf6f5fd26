import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { EmmettBaseline } from '../baselines/emmett.js';
import { RawSqlite } from '../baselines/raw-sqlite.js';
import { collectGarbage, time } from '../harness/clock.js';
import { ensureLoaded, type BenchContext } from '../harness/context.js';
import { warmPageCache } from '../harness/page-cache.js';
import { perSecond, type Measurement } from '../harness/measurement.js';

/** Best of a few runs, each after its file is read into the page cache (see warmPageCache). */
async function bestOf(runs: number, file: string, work: () => Promise<number> | number): Promise<{ rate: number; count: number }> {
  let best = { rate: 0, count: 0 };
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    warmPageCache(file);
    let count = 0;
    const ms = await time(async () => {
      count = await work();
    });
    if (perSecond(count, ms) > best.rate) best = { rate: perSecond(count, ms), count };
  }
  return best;
}

/** Reading the whole log in order through the port, beside a raw scan with JSON.parse and Emmett's batch reads. */
export async function measureReplay(ctx: BenchContext): Promise<Measurement[]> {
  await ensureLoaded(ctx);
  const runs = ctx.events >= 1_000_000 ? 2 : 3;
  const store = SqliteEventStore.open({ path: ctx.paths.ours });
  const ours = await bestOf(runs, ctx.paths.ours, async () => {
    let count = 0;
    for await (const _event of store.readAll()) count += 1;
    return count;
  });
  await store.close();
  const raw = RawSqlite.open(ctx.paths.raw);
  const scan = await bestOf(runs, ctx.paths.raw, () => raw.scan());
  raw.close();
  const emmett = await EmmettBaseline.open(ctx.paths.emmett);
  const peer = await bestOf(runs, ctx.paths.emmett, () => emmett.replay());
  emmett.close();
  for (const [who, counted] of [['ours', ours.count], ['raw', scan.count], ['emmett', peer.count]] as const) {
    if (counted !== ctx.events) throw new Error(`replay (${who}) read ${counted} events of ${ctx.events}`);
  }
  return [{ name: 'replay: read whole log in order', unit: 'events/s', higherIsBetter: true, ours: ours.rate, limit: scan.rate, peer: peer.rate, sample: ctx.events }];
}
