import { jest } from '@jest/globals';
import { loadConfig } from '../../config/app-config.js';
import { StoreUnavailableError, type EventStore } from '../../event-store/event-store.port.js';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store.js';
import { readDatasetLines } from '../dataset-files.js';
import { PublicDatasetLoader, RETRY_UNREACHABLE_MS } from './public-dataset.loader.js';

const clock = { now: () => new Date('2026-12-02T12:00:00Z') };

/** The store, unreachable for its first `outages` calls of any method. */
function unreachableAtFirst(store: EventStore, outages: number): { store: EventStore; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        if (calls <= outages) return Promise.reject(new StoreUnavailableError('EventStoreDB svarar inte: 14 UNAVAILABLE'));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls };
}

async function eventCount(store: EventStore): Promise<number> {
  let count = 0;
  for await (const _event of store.readAll()) count += 1;
  return count;
}

describe('loading the public dataset at start', () => {
  let sqlite: SqliteEventStore;
  beforeEach(() => {
    sqlite = SqliteEventStore.open({ path: ':memory:' });
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  });
  afterEach(async () => {
    jest.useRealTimers();
    await sqlite.close();
  });

  it('loads an empty ledger once the store answers, without failing the start while it does not', async () => {
    const flaky = unreachableAtFirst(sqlite, 2);
    const loader = new PublicDatasetLoader(loadConfig({ PUBLIC_DATASET: 'auto' }), flaky.store, clock);
    await expect(loader.onApplicationBootstrap()).resolves.toBeUndefined();
    expect(await sqlite.headPosition()).toBeNull();

    await jest.advanceTimersByTimeAsync(RETRY_UNREACHABLE_MS);
    await loader.loaded;
    expect(await sqlite.headPosition()).toBeNull();
    expect(flaky.calls()).toBe(2);

    await jest.advanceTimersByTimeAsync(RETRY_UNREACHABLE_MS);
    await loader.loaded;
    const written = await eventCount(sqlite);
    expect(written).toBeGreaterThanOrEqual(readDatasetLines().length);
    loader.onModuleDestroy();
  });

  it('stops asking when the service stops', async () => {
    const flaky = unreachableAtFirst(sqlite, 1);
    const loader = new PublicDatasetLoader(loadConfig({ PUBLIC_DATASET: 'auto' }), flaky.store, clock);
    await loader.onApplicationBootstrap();
    loader.onModuleDestroy();
    await jest.advanceTimersByTimeAsync(RETRY_UNREACHABLE_MS * 3);
    expect(flaky.calls()).toBe(1);
    expect(await sqlite.headPosition()).toBeNull();
  });

  it('lets any other failure stop the start', async () => {
    const broken = new Proxy(sqlite, {
      get: (target, property, receiver) => (property === 'headPosition' ? () => Promise.reject(new Error('disk full')) : Reflect.get(target, property, receiver)),
    });
    const loader = new PublicDatasetLoader(loadConfig({ PUBLIC_DATASET: 'auto' }), broken, clock);
    await expect(loader.onApplicationBootstrap()).rejects.toThrow('disk full');
  });
});
