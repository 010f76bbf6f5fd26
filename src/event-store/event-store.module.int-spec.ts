import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { EsdbGrpcServer } from '../../test/support/esdb-grpc-server/esdb-grpc-server.js';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { newEvents } from './contract/contract-kit.js';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { EventStoreModule } from './event-store.module.js';

const baseConfig: AppConfig = {
  port: 0,
  eventStore: 'sqlite',
  sqlitePath: '',
  eventStoreConnectionString: null,
  adminApiKey: null,
  readAccess: 'public',
  publicDataset: 'off',
};
const clock = { now: () => new Date('2025-01-02T03:04:05.678Z') };

async function bootWith(config: AppConfig) {
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.register(config, clock), EventStoreModule],
  }).compile();
  await moduleRef.init();
  return { moduleRef, store: moduleRef.get<EventStore>(EVENT_STORE) };
}

describe('EventStoreModule', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'omstallning-module-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('provides the SQLite store at the configured path, stamped by the app clock, and closes it on shutdown', async () => {
    const { moduleRef, store } = await bootWith({ ...baseConfig, sqlitePath: join(directory, 'ledger.db') });
    await store.append('plan-1', newEvents(1), 'no_stream');
    const [event] = await store.readStream('plan-1');

    await moduleRef.close();

    expect(store.kind).toBe('sqlite');
    expect(event.recordedAt.toISOString()).toBe('2025-01-02T03:04:05.678Z');
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE.UNAVAILABLE' });
  });

  it('provides the EventStoreDB store when configured with a connection string', async () => {
    const server = await EsdbGrpcServer.start();
    try {
      const { moduleRef, store } = await bootWith({
        ...baseConfig,
        eventStore: 'eventstoredb',
        eventStoreConnectionString: server.connectionString,
      });
      await store.append('plan-1', newEvents(2), 'no_stream');
      expect(store.kind).toBe('eventstoredb');
      expect(await store.readStream('plan-1')).toHaveLength(2);
      await moduleRef.close();
    } finally {
      await server.stop();
    }
  });
});
