import { effectiveEvents, type RecordLike } from '../../corrections/domain/effective-events.js';
import type { StoredLedgerEvent } from '../domain/ledger-event.js';
import { streamCategory, streamId, type StreamCategory } from '../domain/streams.js';
import type { Projection } from '../../projections/projection.js';

interface AggregateRecords<Summary> {
  readonly events: RecordLike[];
  readonly ids: Set<string>;
  /** Recomputed from the events when a query needs it after a change; null when the aggregate was retracted. */
  summary: Summary | null | undefined;
}

/** The events of each aggregate of one category, by aggregate id; owned by the projection and updated in place. */
export type AggregateListState<Summary> = Map<string, AggregateRecords<Summary>>;

/**
 * A list read model over one stream category: keeps each aggregate's events
 * and summarises the aggregate as the record now reads (corrections applied,
 * retractions left out) when a query asks. A redelivered event is ignored.
 */
export function aggregateListProjection<Summary>(name: string, category: StreamCategory): Projection<AggregateListState<Summary>> {
  return {
    name,
    initialState: () => new Map(),
    apply(state, event: StoredLedgerEvent) {
      if (streamCategory(event.stream) !== category) return state;
      const id = streamId(event.stream);
      let records = state.get(id);
      if (!records) state.set(id, (records = { events: [], ids: new Set(), summary: undefined }));
      if (records.ids.has(event.id)) return state;
      records.ids.add(event.id);
      records.events.push({ id: event.id, type: event.type, data: event.data as Record<string, unknown> });
      records.summary = undefined;
      return state;
    },
  };
}

/** Every aggregate's summary, ordered by id, leaving out retracted ones. */
export function summaries<Summary>(state: AggregateListState<Summary>, summarise: (events: RecordLike[]) => Summary | null): Summary[] {
  const ids = [...state.keys()].sort();
  const result: Summary[] = [];
  for (const id of ids) {
    const records = state.get(id)!;
    if (records.summary === undefined) records.summary = summarise(effectiveEvents(records.events));
    if (records.summary !== null) result.push(records.summary);
  }
  return result;
}
