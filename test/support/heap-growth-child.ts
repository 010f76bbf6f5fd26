import { boundHeapGrowth, letHeapGrowForBulkLoad } from '../../src/projections/heap-growth.js';

/**
 * Run with --expose-gc: builds a live set, sets the heap's growth (see the
 * settings below), collects, then makes garbage that lives long enough to be promoted
 * to the old generation. Prints how far the heap grew past the live set.
 */
const live: { readonly a: number; readonly b: string }[] = [];
for (let i = 0; i < 1_000_000; i++) live.push({ a: i, b: `x${i}` });
// Settings applied in the order given (`bulk+bound`: a bulk load's, then the bound after it); `free` is V8's own.
for (const setting of process.argv[2].split('+')) {
  if (setting === 'bulk') letHeapGrowForBulkLoad();
  if (setting === 'bound') boundHeapGrowth();
}
(globalThis as unknown as { gc: () => void }).gc();
const base = process.memoryUsage().heapUsed;
let peak = base;
const recent: unknown[][] = [];
for (let round = 0; round < 600; round++) {
  const batch: unknown[] = [];
  for (let j = 0; j < 10_000; j++) batch.push({ j, s: `y${j}` });
  recent.push(batch);
  if (recent.length > 20) recent.shift();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ live: live.length, growth: peak / base }));
