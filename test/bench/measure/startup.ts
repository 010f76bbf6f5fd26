import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeRawScan } from '../baselines/raw-sqlite.js';
import { startAppProcess } from '../harness/app-process.js';
import { collectGarbage } from '../harness/clock.js';
import { ensureLoaded, removeDatabase, type BenchContext } from '../harness/context.js';
import { atMost, type Measurement } from '../harness/measurement.js';

/**
 * Start-up to ready: the built service opening a ledger of this size and
 * catching its projections up, timed from spawn to the first answer of a query
 * that waits for the read models (see app-process.ts),
 * with the service's peak resident memory at that point. Best of two starts,
 * each finding its file in the page cache (see startAppProcess). Each
 * start takes turns with a raw scan of the same log (better-sqlite3 reading
 * every row, JSON.parse of its data and metadata, nothing kept): the least a
 * start-up must do, here on one core, measured beside it so that the ratio
 * shows how much of a slow start is a slow moment of the machine.
 */
export async function measureStartup(ctx: BenchContext): Promise<Measurement[]> {
  await ensureLoaded(ctx, ['ours', 'raw']);
  const copy = join(ctx.dir, 'startup.db');
  removeDatabase(copy);
  copyFileSync(ctx.paths.ours, copy);
  const starts: { readyMs: number; peakRssMb: number }[] = [];
  const scans: number[] = [];
  try {
    for (let run = 0; run < 2; run += 1) {
      const app = await startAppProcess(process.cwd(), copy);
      starts.push({ readyMs: app.readyMs, peakRssMb: app.peakRssMb() });
      await app.stop();
      collectGarbage();
      scans.push((await timeRawScan(ctx.paths.raw)).ms);
      // The scan's garbage collected now, so the bench's own collector does not run beside the next start.
      collectGarbage();
    }
  } finally {
    removeDatabase(copy);
  }
  const readyMs = Math.round(Math.min(...starts.map((s) => s.readyMs)));
  const scanMs = Math.round(Math.min(...scans));
  const peakRssMb = Math.max(...starts.map((s) => s.peakRssMb));
  const large = ctx.events >= 1_000_000;
  return [
    {
      name: 'start-up to ready (read models caught up)',
      unit: 'ms',
      higherIsBetter: false,
      ours: readyMs,
      limit: scanMs,
      sample: ctx.events,
      note: `cold start ${Math.round(starts[0].readyMs)} ms; raw: a scan of the same rows with JSON.parse, ${scans.map((ms) => Math.round(ms).toLocaleString('en-US')).join(' and ')} ms in turns with the starts`,
      ...(large ? { target: atMost(readyMs, 10_000, '≤ 10 s') } : {}),
    },
    { name: 'service peak RSS at ready', unit: 'MB', higherIsBetter: false, ours: peakRssMb, sample: ctx.events, ...(large ? { target: atMost(peakRssMb, 1024, '≤ 1 GB') } : {}) },
  ];
}
