import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app/create-app.js';
import type { AppConfig } from '../../src/config/app-config.js';
import type { Clock } from '../../src/config/clock.js';

export const TEST_ADMIN_KEY = 'test-admin-key';

export interface StartedApp {
  readonly app: NestFastifyApplication;
  /** Base URL of the listening server, e.g. http://127.0.0.1:43121 */
  readonly url: string;
  readonly config: AppConfig;
  close(): Promise<void>;
}

export interface StartAppOptions extends Partial<AppConfig> {
  readonly clock?: Clock;
  /** Keep the SQLite directory after close (for restart tests). */
  readonly keepData?: boolean;
}

/** The real app on a random port with a fresh SQLite file, no dataset and a known admin key. */
export async function startApp(options: StartAppOptions = {}): Promise<StartedApp> {
  const { clock, keepData, ...overrides } = options;
  const dir = overrides.sqlitePath ? null : mkdtempSync(join(tmpdir(), 'omstallning-e2e-'));
  const config: AppConfig = {
    port: 0,
    eventStore: 'sqlite',
    sqlitePath: dir ? join(dir, 'ledger.db') : (overrides.sqlitePath as string),
    eventStoreConnectionString: null,
    adminApiKey: TEST_ADMIN_KEY,
    readAccess: 'public',
    publicDataset: 'off',
    ...overrides,
  };
  const app = await createApp(config, { clock });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    config,
    async close() {
      await app.close();
      if (dir && !keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A JSON command POSTed over real HTTP with the admin key, as a client would send it. */
export function postAsAdmin(app: StartedApp, path: string, body: unknown): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TEST_ADMIN_KEY}` },
    body: JSON.stringify(body),
  });
}
