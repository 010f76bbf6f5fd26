import type { EventStore, MetadataFields, RecordedEvent } from '../event-store/event-store.port.js';
import { LEDGER_EVENT_TYPES, type StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import type { Projection } from './projection.js';

const LEDGER_TYPES = new Set<string>(LEDGER_EVENT_TYPES);

/** Whether a stored event is one of the ledger's; others (API keys) are not for ledger projections. */
export const isLedgerEvent = (event: RecordedEvent): boolean => LEDGER_TYPES.has(event.type);

/** A recorded ledger event already has every field a projection reads; no copy is made. */
export const asLedgerEvent = (event: RecordedEvent): StoredLedgerEvent => event as unknown as StoredLedgerEvent;

/** The metadata fields some projection reads; undefined (every field) when one of them does not say. */
export function metadataRead(projections: readonly Projection<unknown>[]): MetadataFields | undefined {
  const fields = new Set<string>();
  for (const projection of projections) {
    if (!projection.metadata) return undefined;
    for (const field of projection.metadata) fields.add(field);
  }
  return [...fields];
}

/** A projection and the state it reduced to. */
export interface ProjectionSlot {
  readonly projection: Projection<unknown>;
  state: unknown;
}

export interface RebuildReport {
  /** Events read from the log, ledger or not. */
  readonly events: number;
  readonly ledgerEvents: number;
  /** Position of the last event applied, null for an empty log. */
  readonly checkpoint: number | null;
  readonly durationMs: number;
  readonly eventsPerSecond: number;
}

/** Applies one ledger event to every slot; a reducer that throws is reported and skipped, never stops the others. */
export function applyToSlots(slots: readonly ProjectionSlot[], event: StoredLedgerEvent, onError: (projection: string, error: unknown) => void): void {
  for (const slot of slots) {
    try {
      slot.state = slot.projection.apply(slot.state, event);
    } catch (error) {
      onError(slot.projection.name, error);
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Replays the whole log from position zero into fresh states. It yields to the
 * event loop after each page, so a server keeps answering (from its old states)
 * while it rebuilds. The command line calls this directly; the runner adds the
 * events that arrive meanwhile and swaps the result in.
 */
export async function rebuildProjections(
  store: EventStore,
  projections: readonly Projection<unknown>[],
  onError: (projection: string, error: unknown) => void = () => undefined,
  now: () => number = () => performance.now(),
): Promise<{ slots: ProjectionSlot[]; report: RebuildReport }> {
  const started = now();
  const slots: ProjectionSlot[] = projections.map((projection) => ({ projection, state: projection.initialState() }));
  let events = 0;
  let ledgerEvents = 0;
  let checkpoint: number | null = null;
  for await (const page of store.readAllPages({ metadata: metadataRead(projections) })) {
    for (let i = 0; i < page.length; i++) {
      const event = page.event(i);
      if (isLedgerEvent(event)) {
        applyToSlots(slots, asLedgerEvent(event), onError);
        ledgerEvents++;
      }
    }
    events += page.length;
    checkpoint = page.lastPosition ?? checkpoint;
    await nextTurn();
  }
  for (const slot of slots) slot.projection.settle?.(slot.state);
  const durationMs = now() - started;
  return {
    slots,
    report: { events, ledgerEvents, checkpoint, durationMs, eventsPerSecond: durationMs > 0 ? Math.round((events / durationMs) * 1000) : events },
  };
}
