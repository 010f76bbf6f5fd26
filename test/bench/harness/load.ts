import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon, { type AutocannonRequest } from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  readonly path: string;
  readonly connections: number;
  readonly durationSeconds?: number;
  /** Stop after this many requests instead of after a duration. */
  readonly amount?: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  /** A fresh body per request (commands must not repeat). */
  readonly body?: () => string;
  /** A sequence each connection goes through in a loop, instead of `path`/`body`. */
  readonly sequence?: AutocannonRequest[];
}

export interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failed: number;
  readonly statusCodes: Readonly<Record<string, number>>;
}

/**
 * Concurrent clients against the service on loopback, bounded in time or
 * count. Every answer that is not 2xx, and every error, is counted as failed:
 * a fast error is not a fast answer, so the measurement refuses it.
 *
 * A load of one fixed request runs its clients in a node process of their
 * own (load-client.ts): the bench holds a generated ledger of a million
 * events, and after the append and rebuild measurements a heap of
 * gigabytes, whose collections can pause the clients in the middle of
 * requests and count as the service's latency (in a full run the timeline's
 * p99 was 13 ms from clients in this process, 7 ms from a process of their
 * own on the same service and ledger). Loads whose requests are made per
 * request (`body`, `sequence`) need this process's functions.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.body || options.sequence) return loadHere(options);
  const script = join(process.cwd(), 'dist-bench', 'test', 'bench', 'load-client.js');
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`the load client exited with ${code}`))));
  });
}

/** The clients in this process. */
export async function loadHere(options: LoadOptions): Promise<LoadResult> {
  const body = options.body;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 10 }),
    timeout: 60,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: options.sequence ?? [
      {
        method: options.method ?? 'GET',
        path: options.path,
        ...(body ? { setupRequest: (request) => ({ ...request, body: body() }) } : {}),
      },
    ],
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
  return {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    statusCodes,
  };
}
