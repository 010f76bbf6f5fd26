import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLoaded, type BenchContext } from './context.js';
import type { Measurement } from './measurement.js';
import { serviceNodeFlags } from './service-node-flags.js';

/** The measurements a child can run, by name; the child's entry point maps them to code (measure-child.ts). */
export type ChildMeasure = 'replay' | 'rebuild';

/**
 * Runs a measurement in a fresh node process with the service's node options
 * (see serviceNodeFlags), as `npm start` runs the service. The bench itself runs with an 8 GB old
 * space to generate and verify a large ledger, and V8 sizes and schedules
 * its collections by that limit: a rebuild there took 1.5–1.7× as long as in
 * the service's own settings. Figures about the service's read path are
 * therefore taken where the service would run them, baselines beside them
 * in the same child. Only --expose-gc is added, so each measurement can start clean.
 */
export function inServiceProcess(measure: ChildMeasure): (ctx: BenchContext) => Promise<Measurement[]> {
  return async (ctx) => {
    await ensureLoaded(ctx);
    const dir = mkdtempSync(join(tmpdir(), 'omstallning-bench-'));
    const out = join(dir, 'measurements.json');
    try {
      const script = join(process.cwd(), 'dist-bench', 'test', 'bench', 'measure-child.js');
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [...serviceNodeFlags(process.cwd()), '--expose-gc', script, measure, JSON.stringify(ctx), out], { stdio: ['ignore', 'inherit', 'inherit'] });
        child.once('error', reject);
        child.once('exit', resolve);
      });
      if (code !== 0) throw new Error(`${measure} in a service process exited with ${code}`);
      return JSON.parse(readFileSync(out, 'utf8')) as Measurement[];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
