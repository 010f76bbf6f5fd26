/** Configuration from the environment (shared/DESIGN.md, Configuration). */
export interface AppConfig {
  readonly port: number;
  readonly eventStore: 'sqlite' | 'eventstoredb';
  readonly sqlitePath: string;
  readonly eventStoreConnectionString: string | null;
  readonly adminApiKey: string | null;
  readonly readAccess: 'public' | 'authenticated';
  readonly publicDataset: 'auto' | 'off';
}

export const APP_CONFIG = Symbol('AppConfig');

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function oneOf<T extends string>(env: Env, variable: string, allowed: readonly T[], fallback: T): T {
  const value = env[variable];
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(variable, `"${value}" är inte tillåtet; välj ett av ${allowed.join(', ')}`);
}

function port(env: Env): number {
  const value = env.PORT;
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new ConfigError('PORT', `"${value}" är inget portnummer (0–65535)`);
  return n;
}

function connectionString(env: Env, store: AppConfig['eventStore']): string | null {
  const value = env.EVENTSTORE_CONNECTION_STRING;
  if (value === undefined || value === '') {
    if (store === 'eventstoredb') {
      throw new ConfigError('EVENTSTORE_CONNECTION_STRING', 'krävs när EVENT_STORE=eventstoredb (t.ex. esdb://localhost:2113?tls=false)');
    }
    return null;
  }
  if (!/^esdb(\+discover)?:\/\/\S+$/.test(value)) {
    throw new ConfigError('EVENTSTORE_CONNECTION_STRING', 'måste börja med esdb:// eller esdb+discover://');
  }
  return value;
}

function adminApiKey(env: Env): string | null {
  const value = env.ADMIN_API_KEY;
  if (value === undefined || value === '') return null;
  if (value.length < 12) throw new ConfigError('ADMIN_API_KEY', 'måste vara minst 12 tecken');
  return value;
}

/** Reads and validates the environment; a wrong value throws a ConfigError naming the variable. */
export function loadConfig(env: Env): AppConfig {
  const eventStore = oneOf(env, 'EVENT_STORE', ['sqlite', 'eventstoredb'] as const, 'sqlite');
  const sqlitePath = env.SQLITE_PATH === undefined || env.SQLITE_PATH === '' ? './data/omstallning.db' : env.SQLITE_PATH;
  return {
    port: port(env),
    eventStore,
    sqlitePath,
    eventStoreConnectionString: connectionString(env, eventStore),
    adminApiKey: adminApiKey(env),
    readAccess: oneOf(env, 'READ_ACCESS', ['public', 'authenticated'] as const, 'public'),
    publicDataset: oneOf(env, 'PUBLIC_DATASET', ['auto', 'off'] as const, 'auto'),
  };
}
