import { join } from 'node:path';
import { SIZES } from './generate-ledger.js';
import { benchContext, type BenchContext } from './harness/context.js';
import type { Measurement } from './harness/measurement.js';
import { growthTable, resultsTable, writeResults } from './harness/report.js';
import { peakRssMb } from './harness/clock.js';
import { inServiceProcess } from './harness/in-service-process.js';
import { measureAppend } from './measure/append.js';
import { measureGenerate } from './measure/generate.js';
import { measureHttpAppend } from './measure/http-append.js';
import { measurePages } from './measure/pages.js';
import { measureQueries, measureQueriesInBudget } from './measure/queries.js';
import { measureStartup } from './measure/startup.js';

/**
 * `npm run bench -- --sizes 10k,100k,1M --only append,replay --seed 2022`
 *
 * For each size: generate and verify the ledger, run each measurement with its
 * baselines in this same process, print the table and write
 * test/bench/results/<date>-<size>.json; then the growth across sizes.
 */
const MEASURES: Record<string, (ctx: BenchContext) => Promise<Measurement[]>> = {
  append: measureAppend,
  replay: inServiceProcess('replay'),
  rebuild: inServiceProcess('rebuild'),
  startup: measureStartup,
  queries: measureQueries,
  budget: measureQueriesInBudget,
  pages: measurePages,
  'http-append': measureHttpAppend,
};

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const sizes = option('sizes', '10k,100k').split(',');
  const only = option('only', Object.keys(MEASURES).join(',')).split(',');
  const seed = Number(option('seed', '2022'));
  for (const name of [...sizes.filter((s) => !SIZES[s]), ...only.filter((m) => !MEASURES[m])]) throw new Error(`unknown size or measurement: ${name}`);
  const root = process.cwd();
  const bySize = new Map<string, Measurement[]>();
  for (const size of sizes) {
    const ctx = benchContext(join(root, 'dist-bench', 'data'), size, SIZES[size], seed);
    const { measurements, summary } = await measureGenerate(ctx);
    for (const name of only) {
      console.error(`[bench] ${size}: ${name}`);
      try {
        measurements.push(...(await MEASURES[name](ctx)));
      } catch (error) {
        // One measurement failing (a service that dies at this size) is a finding; the others still run.
        console.error(error);
        measurements.push({ name, unit: '', higherIsBetter: true, ours: null, note: `failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}` });
      }
    }
    bySize.set(size, measurements);
    console.log(resultsTable(size, measurements));
    const file = writeResults(join(root, 'test', 'bench', 'results'), size, { events: ctx.events, seed, ledger: summary, peakRssMb: peakRssMb(), measurements });
    console.log(`written ${file}`);
  }
  console.log(growthTable(bySize));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
