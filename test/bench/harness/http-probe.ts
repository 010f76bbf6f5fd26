import { BENCH_ADMIN_KEY, type AppProcess } from './app-process.js';

/** One GET of the service, read to the end: its status and how long it took. */
export async function status(app: AppProcess, path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${app.url}${path}`);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** Median of a few lone requests (7, or 3 when one is slow): what one reader waits, with nobody else asking. */
export async function aloneMs(app: AppProcess, path: string, times = 7): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push((await status(app, path)).ms);
  return Math.round(samples.sort((a, b) => a - b)[Math.floor(times / 2)] * 10) / 10;
}

export const SOURCE = { title: 'Protokoll, regionfullmäktige Värmland', publisher: 'Region Värmland' };

export async function post(app: AppProcess, path: string, body: object): Promise<void> {
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
}

