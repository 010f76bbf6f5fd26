import { loadConfig, type AppConfig } from '../config/app-config.js';
import { systemClock } from '../config/clock.js';
import { createEventStore } from '../event-store/create-event-store.js';
import type { EventStore } from '../event-store/event-store.port.js';

/** Who the command line records as: the operating-system user. */
export const cliPrincipal = (): string => `cli:${process.env.USER ?? process.env.USERNAME ?? 'okand'}`;

export const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

export const fail = (text: string): never => {
  process.stderr.write(`${text}\n`);
  process.exitCode = 1;
  throw new CliFailure(text);
};

/** A failure already reported to the user; the entry point exits non-zero without a stack trace. */
export class CliFailure extends Error {}

export function cliConfig(): AppConfig {
  return loadConfig(process.env);
}

/** `sqlite:<path>` or `esdb://…` for the migration command's two ends. */
export async function storeFromSpec(spec: string): Promise<EventStore> {
  if (spec.startsWith('sqlite:')) {
    return createEventStore({ eventStore: 'sqlite', sqlitePath: spec.slice('sqlite:'.length), eventStoreConnectionString: null }, systemClock);
  }
  if (/^esdb(\+discover)?:\/\//.test(spec)) {
    return createEventStore({ eventStore: 'eventstoredb', sqlitePath: '', eventStoreConnectionString: spec }, systemClock);
  }
  return fail(`Okänt lager "${spec}": ange sqlite:<sökväg> eller esdb://värd:2113?tls=false`);
}

/** Runs with the configured store and closes it afterwards. */
export async function withStore<T>(work: (store: EventStore, config: AppConfig) => Promise<T>): Promise<T> {
  const config = cliConfig();
  const store = await createEventStore(config, systemClock);
  try {
    return await work(store, config);
  } finally {
    await store.close();
  }
}
