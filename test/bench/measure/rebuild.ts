import { loadActorRegistry } from '../../../src/actors/load-actor-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import type { StoredLedgerEvent } from '../../../src/ledger/domain/ledger-event.js';
import { ledgerProjections } from '../../../src/projections/ledger-projections.js';
import { applyToSlots, rebuildProjections, type RebuildReport } from '../../../src/projections/rebuild-projections.js';
import { EmmettBaseline } from '../baselines/emmett.js';
import { RawSqlite } from '../baselines/raw-sqlite.js';
import { collectGarbage, time } from '../harness/clock.js';
import { ensureLoaded, type BenchContext } from '../harness/context.js';
import { atLeast, bothMet, perSecond, ratio, type Measurement } from '../harness/measurement.js';

interface EmmettMessage {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown> & { eventId: string; streamName: string; streamPosition: bigint; globalPosition: bigint };
}

/** An event as Emmett hands it back, in the shape our projections read. */
const fromEmmett = (message: EmmettMessage): StoredLedgerEvent =>
  ({
    id: message.metadata.eventId,
    type: message.type,
    data: message.data,
    stream: message.metadata.streamName,
    revision: Number(message.metadata.streamPosition) - 1,
    position: Number(message.metadata.globalPosition),
    metadata: message.metadata,
  }) as unknown as StoredLedgerEvent;

/**
 * A rebuild of every read model from position zero (the runner's own
 * `rebuildProjections`), beside a raw scan with JSON.parse (the limit) and
 * Emmett's reads feeding the same projections (the peer: a rebuild on Emmett).
 * A second line sets the rebuild beside Emmett's bare reads, so the
 * projections' share is visible.
 * Below 1M the better of two rebuilds counts (the first warms the JIT and the
 * date caches, which a long-running service has warm).
 */
export async function measureRebuild(ctx: BenchContext): Promise<Measurement[]> {
  await ensureLoaded(ctx);
  const actors = loadActorRegistry();
  const store = SqliteEventStore.open({ path: ctx.paths.ours });
  let failures = 0;
  let best: RebuildReport | null = null;
  let stateMb = 0;
  for (let run = 0; run < (ctx.events >= 1_000_000 ? 1 : 2); run += 1) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const { report, slots } = await rebuildProjections(store, ledgerProjections(actors), () => (failures += 1));
    collectGarbage();
    stateMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    slots.length = 0;
    if (report.events !== ctx.events || failures > 0) throw new Error(`rebuild read ${report.events} of ${ctx.events} events, ${failures} reducer failures`);
    if (!best || report.eventsPerSecond > best.eventsPerSecond) best = report;
  }
  await store.close();
  const report = best as RebuildReport;

  collectGarbage();
  const raw = RawSqlite.open(ctx.paths.raw);
  let scanned = 0;
  const scanMs = await time(() => (scanned = raw.scan()));
  raw.close();

  const emmett = await EmmettBaseline.open(ctx.paths.emmett);
  collectGarbage();
  let read = 0;
  const readMs = await time(async () => (read = await emmett.replay()));
  collectGarbage();
  const peerSlots = ledgerProjections(actors).map((projection) => ({ projection, state: projection.initialState() }));
  let fed = 0;
  const fedMs = await time(async () => {
    fed = await emmett.replay((message) => applyToSlots(peerSlots, fromEmmett(message as EmmettMessage), () => (failures += 1)));
    for (const slot of peerSlots) slot.projection.settle?.(slot.state);
  });
  emmett.close();

  const ours = report.eventsPerSecond;
  const scanRate = perSecond(scanned, scanMs);
  const readRate = perSecond(read, readMs);
  const emmettRebuild = perSecond(fed, fedMs);
  const large = ctx.events >= 1_000_000;
  // Emmett's side of a rebuild is its reads feeding the same projections; its bare read rate is the replay line's peer.
  const target = bothMet('≥ 50 % of raw scan and ≥ 2× Emmett', atLeast(ratio(ours, scanRate), 0.5, ''), atLeast(ratio(ours, emmettRebuild), 2, ''));
  return [
    {
      name: 'rebuild all projections from zero',
      unit: 'events/s',
      higherIsBetter: true,
      ours,
      limit: scanRate,
      peer: emmettRebuild,
      sample: ctx.events,
      note: `read models hold ≈ ${stateMb} MB of heap; ${(report.durationMs / 1000).toFixed(1)} s; Emmett = its reads feeding the same projections`,
      ...(large ? { target } : {}),
    },
    { name: "rebuild beside Emmett's bare reads (no projections)", unit: 'events/s', higherIsBetter: true, ours, peer: readRate, sample: read },
  ];
}
