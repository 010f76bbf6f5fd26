import type { AutocannonRequest } from 'autocannon';
import { loadActorRegistry } from '../../../src/actors/load-actor-registry.js';
import { BENCH_ADMIN_KEY, onServiceCopy } from '../harness/app-process.js';
import type { BenchContext } from '../harness/context.js';
import { load } from '../harness/load.js';
import type { Measurement } from '../harness/measurement.js';

const SOURCE = { title: 'Protokoll, prestandamätning', publisher: 'Region Värmland' };

/**
 * What each connection records over and over, as a coordinator would: a new
 * länsgemensam målbild for Värmland, its proposal, and four parties' adoptions.
 * Each connection works on its own plans, so no two clients contend for a
 * stream and every command must succeed.
 */
let plans = 0;

function planStory(parties: readonly string[]): AutocannonRequest[] {
  const post = (path: (planId: string) => string, body: (context: Record<string, unknown>) => object): AutocannonRequest => ({
    method: 'POST',
    setupRequest: (request, context) => ({ ...request, path: path(context.planId as string), body: JSON.stringify(body(context)) }),
  });
  return [
    {
      method: 'POST',
      path: '/plans',
      setupRequest: (request, context) => {
        plans += 1;
        context.planId = `bench-malbild-${process.pid}-${plans}`;
        return { ...request, body: JSON.stringify({ planId: context.planId, title: `Målbild nära vård ${plans}`, kind: 'malbild', scope: 'lan', lan: 'lan:17', source: SOURCE }) };
      },
    },
    post((planId) => `/plans/${planId}/proposals`, () => ({ decidedOn: '2022-03', source: SOURCE })),
    ...parties.map((party) => post((planId) => `/plans/${planId}/adoptions`, () => ({ party, decidedOn: '2022-05-12', decidedBy: 'fullmäktige', source: SOURCE }))),
  ];
}

/**
 * Commands over HTTP from 1 and from 32 concurrent clients against the
 * service running on a copy of this size's ledger: validation, decision,
 * hash chain, append with fsync, projection update, answer.
 */
export async function measureHttpAppend(ctx: BenchContext): Promise<Measurement[]> {
  return onServiceCopy(ctx, 'http-append', [], async (app) => {
    const parties = loadActorRegistry().defaultParties('lan:17').slice(0, 4);
    const results: Measurement[] = [];
    const probe = await fetch(`${app.url}/plans`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await probe.arrayBuffer();
    if (probe.status === 404) {
      return [{ name: 'append over HTTP', unit: 'commands/s', higherIsBetter: true, ours: null, note: 'POST /plans answered 404: the command routes are not wired into the app yet' }];
    }
    for (const connections of [1, 32]) {
      const loaded = await load({ url: app.url, path: '/plans', connections, durationSeconds: 10, headers: { authorization: `Bearer ${BENCH_ADMIN_KEY}` }, sequence: planStory(parties) });
      if (loaded.failed > 0) throw new Error(`HTTP append: ${loaded.failed} failed commands ${JSON.stringify(loaded.statusCodes)}`);
      results.push(
        { name: `append over HTTP, ${connections} client${connections > 1 ? 's' : ''}`, unit: 'commands/s', higherIsBetter: true, ours: loaded.perSecond, sample: loaded.requests, note: 'one event per command' },
        { name: `append over HTTP, ${connections} client${connections > 1 ? 's' : ''}: p99`, unit: 'ms', higherIsBetter: false, ours: loaded.p99Ms },
      );
    }
    return results;
  });
}
