import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureLoaded, removeDatabase, type BenchContext } from './context.js';
import { warmPageCache } from './page-cache.js';
import { serviceNodeFlags } from './service-node-flags.js';

export const BENCH_ADMIN_KEY = 'bench-admin-key-0001';

/** The service as `npm start` runs it, in its own process, so its start-up and memory are its own. */
export interface AppProcess {
  readonly url: string;
  /** From spawn to the read models caught up: /health answers 200 and a gated query answers 200. */
  readonly readyMs: number;
  /** Peak resident memory of the service process so far (VmHWM). */
  peakRssMb(): number;
  rssMb(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

async function statusOf(url: string): Promise<number> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * A query behind the read gate: it holds the request until the projections
 * have caught up with the log (or answers 504 after 5 s), so its first 200
 * marks the moment the service can answer. /health alone answers as soon as
 * the store opens, before the read models are built.
 */
const GATED_QUERY = '/indicators/lan-med-malbild/yoy?year=2022';

/**
 * Starts the built service (dist-bench/src/service.js, bundled as `npm start` runs it) on a ledger file,
 * read into the page cache first (see warmPageCache), and waits until a gated query answers and
 * /health says 200.
 * `nodeFlags` come after the start script's.
 */
export async function startAppProcess(root: string, sqlitePath: string, nodeFlags: readonly string[] = [], timeoutMs = 120_000): Promise<AppProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  warmPageCache(sqlitePath);
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, [...serviceNodeFlags(root), ...nodeFlags, join(root, 'dist-bench', 'src', 'service.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), SQLITE_PATH: sqlitePath, EVENT_STORE: 'sqlite', PUBLIC_DATASET: 'off', ADMIN_API_KEY: BENCH_ADMIN_KEY, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid as number;
  // Every 10 ms until the port answers at all; from then on the gated query,
  // asked again as soon as it answers 504, is held until the read models are
  // ready. Polling /health every 10 ms meant a request on the service's main
  // thread at nearly every page of its catch-up (about 170 of them at 1M
  // events), and its starts took 12.5-15.0 s against 10.7-12.7 s for a single
  // held query, in three alternating starts.
  let listening = false;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${stderr}`);
    listening ||= (await statusOf(`${url}/health`)) !== 0;
    const gated = listening ? await statusOf(`${url}${GATED_QUERY}`) : 0;
    if ([200, 404].includes(gated) && (await statusOf(`${url}/health`)) === 200) break;
    if (Number(process.hrtime.bigint() - started) / 1e6 > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the service was not ready within ${timeoutMs} ms: ${stderr}`);
    }
    if (gated !== 504) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    url,
    readyMs,
    peakRssMb: () => Math.round(statusKb(pid, 'VmHWM') / 1024),
    rssMb: () => Math.round(statusKb(pid, 'VmRSS') / 1024),
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Runs `measure` against the service started on a copy of the size's ledger
 * (so what it writes no other measurement sees), then stops it and removes the copy.
 */
export async function onServiceCopy<T>(ctx: BenchContext, name: string, nodeFlags: readonly string[], measure: (app: AppProcess) => Promise<T>): Promise<T> {
  await ensureLoaded(ctx, ['ours']);
  const copy = join(ctx.dir, `${name}.db`);
  removeDatabase(copy);
  copyFileSync(ctx.paths.ours, copy);
  try {
    const app = await startAppProcess(process.cwd(), copy, nodeFlags);
    try {
      return await measure(app);
    } finally {
      await app.stop();
    }
  } finally {
    removeDatabase(copy);
  }
}
