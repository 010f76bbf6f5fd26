import type { AppConfig } from '../config/app-config.js';
import type { EventStore } from './event-store.port.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';

export type EventStoreConfig = Pick<AppConfig, 'eventStore' | 'sqlitePath' | 'eventStoreConnectionString'>;

/**
 * The store the configuration asks for, for the app, the command line and
 * tests alike. EventStoreDB connects lazily, so an unreachable server shows up
 * in `ping()` and the health check rather than stopping the start. Its
 * adapter, with the gRPC client, is loaded only when asked for: loading it
 * took about 0.1 s of every start on SQLite.
 */
export async function createEventStore(config: EventStoreConfig, clock?: { now(): Date }): Promise<EventStore> {
  if (config.eventStore === 'eventstoredb') {
    if (!config.eventStoreConnectionString) {
      throw new Error('EVENTSTORE_CONNECTION_STRING: krävs när EVENT_STORE=eventstoredb');
    }
    const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store.js');
    return EventStoreDbEventStore.connect(config.eventStoreConnectionString);
  }
  return SqliteEventStore.open({ path: config.sqlitePath, clock: clock ? () => clock.now() : undefined });
}
