import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { loadActorRegistry } from '../actors/load-actor-registry.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { letHeapGrowForBulkLoad } from '../projections/heap-growth.js';
import { ledgerProjections } from '../projections/ledger-projections.js';
import { rebuildProjections, type RebuildReport } from '../projections/rebuild-projections.js';

export type { RebuildReport } from '../projections/rebuild-projections.js';

/**
 * Replays the whole log into fresh read models, for the command line
 * (`omstallning rebuild`): how many events, how long, how fast, and how many
 * events a reducer refused (each logged through `onError`).
 */
export async function rebuildLedgerProjections(
  store: EventStore,
  options: { readonly actors?: ActorRegistry; readonly onError?: (projection: string, error: unknown) => void } = {},
): Promise<RebuildReport & { readonly failures: number; readonly states: ReadonlyMap<string, unknown> }> {
  let failures = 0;
  letHeapGrowForBulkLoad();
  const { slots, report } = await rebuildProjections(store, ledgerProjections(options.actors ?? loadActorRegistry()), (projection, error) => {
    failures++;
    options.onError?.(projection, error);
  });
  return { ...report, failures, states: new Map(slots.map((slot) => [slot.projection.name, slot.state])) };
}
