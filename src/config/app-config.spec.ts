import { ConfigError, loadConfig } from './app-config.js';

describe('configuration from the environment', () => {
  it('defaults to the embedded store with the public dataset', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      eventStore: 'sqlite',
      sqlitePath: './data/omstallning.db',
      eventStoreConnectionString: null,
      adminApiKey: null,
      readAccess: 'public',
      publicDataset: 'auto',
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
        ADMIN_API_KEY: 'a-long-enough-key',
        READ_ACCESS: 'authenticated',
        PUBLIC_DATASET: 'off',
        SQLITE_PATH: '/tmp/x.db',
      }),
    ).toEqual({
      port: 8080,
      eventStore: 'eventstoredb',
      sqlitePath: '/tmp/x.db',
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      adminApiKey: 'a-long-enough-key',
      readAccess: 'authenticated',
      publicDataset: 'off',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ EVENT_STORE: 'postgres' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ EVENTSTORE_CONNECTION_STRING: 'http://x' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ READ_ACCESS: 'private' }, 'READ_ACCESS'],
    [{ PUBLIC_DATASET: 'yes' }, 'PUBLIC_DATASET'],
    [{ ADMIN_API_KEY: 'short' }, 'ADMIN_API_KEY'],
  ])('refuses %p naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.startsWith(`${variable}:`)).toBe(true);
  });
});
