import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../event-store.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';

function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'omstallning-sqlite-'));
}

describeEventStoreContract(
  'sqlite',
  async () => {
    const directory = temporaryDirectory();
    const path = join(directory, 'ledger.db');
    const stores = [SqliteEventStore.open({ path, pollIntervalMs: 50 })];
    return {
      store: stores[0],
      reopen: async () => {
        await stores[0].close();
        stores.push(SqliteEventStore.open({ path, pollIntervalMs: 50 }));
        return stores[stores.length - 1];
      },
      dispose: async () => {
        for (const store of stores) await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
  'reopen',
);
