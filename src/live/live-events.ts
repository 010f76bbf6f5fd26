import { filter, map, type Observable } from 'rxjs';
import type { EventStore } from '../event-store/event-store.port.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { asLedgerEvent, isLedgerEvent } from '../projections/rebuild-projections.js';
import { matchesLiveFilter, type LiveEntry, type LiveFilter } from './live-entry.js';
import { resumeAfter } from './resume.js';

/** What the live stream needs of the projection runner. */
export interface AppliedEvents {
  /** Ledger events once every read model has applied them. */
  readonly events$: Observable<StoredLedgerEvent>;
  waitFor(position: number): Promise<void>;
}

export interface LiveSources {
  readonly runner: AppliedEvents;
  readonly store: EventStore;
  readonly describe: (event: StoredLedgerEvent) => LiveEntry;
}

async function* ledgerEventsAfter(store: EventStore, after: number): AsyncIterable<StoredLedgerEvent> {
  for await (const event of store.readAll({ after })) if (isLedgerEvent(event)) yield asLedgerEvent(event);
}

/**
 * The live stream for one client: events after `after` from the store, then
 * live ones as the runner applies them, each once, described and filtered.
 * History is read only once the runner has applied the log's head, so every
 * replayed event is described from read models that already know it.
 */
export function liveEntries(sources: LiveSources, filterBy: LiveFilter, after: number | null): Observable<LiveEntry> {
  const ready = async () => {
    const head = await sources.store.headPosition();
    if (head !== null) await sources.runner.waitFor(head);
  };
  return resumeAfter(after, {
    live$: sources.runner.events$,
    history: (position) => ledgerEventsAfter(sources.store, position),
    ready,
  }).pipe(
    map(sources.describe),
    filter((entry) => matchesLiveFilter(entry, filterBy)),
  );
}
