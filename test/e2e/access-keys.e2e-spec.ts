import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const source = { title: 'Tidslinje för omställningen till Nära vård i Värmland' };

let open: StartedApp;
let closed: StartedApp;

const request = (app: StartedApp, method: string, path: string, key: string | null, body?: unknown) =>
  app.app
    .inject({
      method: method as 'GET',
      url: path,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      payload: body === undefined ? undefined : JSON.stringify(body),
    })
    .then((response) => ({ status: response.statusCode, body: response.json() }));

const createKey = async (app: StartedApp, body: Record<string, unknown>): Promise<string> => {
  const created = await request(app, 'POST', '/access/keys', TEST_ADMIN_KEY, body);
  expect(created.status).toBe(201);
  return created.body.key;
};

beforeAll(async () => {
  open = await startApp({ keepData: true });
  // A second replica on the same ledger, where reads need a key.
  closed = await startApp({ sqlitePath: open.config.sqlitePath, readAccess: 'authenticated' });
});
afterAll(async () => {
  await closed.close();
  await open.close();
});

describe('API keys', () => {
  it('are created by an admin, shown once, and stored only as a hash', async () => {
    const created = await request(open, 'POST', '/access/keys', TEST_ADMIN_KEY, { name: 'varmland', role: 'recorder', scope: ['lan:17'] });
    expect(created.body).toEqual({
      key: expect.stringMatching(/^oms_[0-9a-f]{12}_/),
      keyId: expect.any(String),
      name: 'varmland',
      role: 'recorder',
      scope: ['lan:17'],
      principal: 'key:varmland',
      eventId: expect.any(String),
    });
    const stored: string[] = [];
    for await (const event of (open.app.get(EVENT_STORE) as EventStore).readAll()) stored.push(JSON.stringify(event));
    expect(stored.some((text) => text.includes(created.body.key))).toBe(false);
    expect(stored.some((text) => text.includes('"ApiKeyCreated"') && text.includes('"principal":"env:ADMIN_API_KEY"'))).toBe(true);
  });

  it('work at once on another replica of the same ledger', async () => {
    const key = await createKey(open, { name: 'forskare', role: 'reader' });
    expect((await request(closed, 'GET', '/plans', key)).status).toBe(200);
  });

  it('let a recorder scoped to a län record for the län\'s region and kommuner, and nothing else', async () => {
    const key = await createKey(open, { name: 'varmland-2', role: 'recorder', scope: ['lan:17'] });
    expect((await request(open, 'POST', '/plans', key, { planId: 'varmland-malbild', title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', source })).status).toBe(201);
    expect((await request(open, 'POST', '/plans/varmland-malbild/adoptions', key, { party: 'region:17', decidedOn: '2022-04-06', decidedBy: 'RF', source })).status).toBe(201);
    expect((await request(open, 'POST', '/plans/varmland-malbild/adoptions', key, { party: 'kommun:1780', decidedOn: '2022-06-16', decidedBy: 'KF', source })).status).toBe(201);
    const outside = await request(open, 'POST', '/plans', key, { planId: 'orebro-plan', title: 'Plan', kind: 'handlingsplan', scope: 'region', lan: 'lan:18', source });
    expect(outside).toMatchObject({ status: 403, body: { code: 'AUTH.OUT_OF_SCOPE', field: 'owner' } });
    const stored = await (open.app.get(EVENT_STORE) as EventStore).readStream('plan-varmland-malbild');
    expect(stored.map((event) => event.metadata.principal)).toEqual(['key:varmland-2', 'key:varmland-2', 'key:varmland-2']);
  });

  it('are refused when the name is taken or the request is malformed', async () => {
    expect((await request(open, 'POST', '/access/keys', TEST_ADMIN_KEY, { name: 'varmland', role: 'reader' })).body).toMatchObject({ statusCode: 409, code: 'KEY.NAME_TAKEN' });
    expect((await request(open, 'POST', '/access/keys', TEST_ADMIN_KEY, { name: 'x', role: 'recorder', scope: ['lan:99'] })).body).toMatchObject({ statusCode: 400, code: 'ACTOR.UNKNOWN', field: 'scope[0]' });
    expect((await request(open, 'POST', '/access/keys', TEST_ADMIN_KEY, { name: 'x', role: 'reader', secret: 'y' })).body).toMatchObject({ statusCode: 400, code: 'REQUEST.UNKNOWN_FIELD', field: 'secret' });
  });
});

describe('read access', () => {
  it('is open to all when READ_ACCESS=public', async () => {
    expect((await request(open, 'GET', '/plans', null)).status).toBe(200);
    expect((await request(open, 'GET', '/actors/region:17', null)).body).toMatchObject({ name: 'Region Värmland' });
  });

  it('needs a valid key when READ_ACCESS=authenticated, and a reader still cannot write', async () => {
    expect((await request(closed, 'GET', '/plans', null)).body).toMatchObject({ statusCode: 401, code: 'AUTH.MISSING_KEY' });
    expect((await request(closed, 'GET', '/actors', 'oms_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).body).toMatchObject({ statusCode: 401, code: 'AUTH.INVALID_KEY' });
    const reader = await createKey(open, { name: 'lasare', role: 'reader' });
    expect((await request(closed, 'GET', '/plans/varmland-malbild', reader)).body).toMatchObject({ status: 'partially_adopted' });
    expect((await request(closed, 'POST', '/plans', reader, { title: 'x', kind: 'annan', scope: 'national', owner: 'national:skr', source })).body).toMatchObject({ statusCode: 403, code: 'AUTH.FORBIDDEN' });
  });
});

describe('failed authentications', () => {
  it('are logged with the key\'s public id and never the key', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const secret = `oms_abcdef012345_${'SECRET'.repeat(7)}X`;
      await request(open, 'POST', '/plans', secret, { title: 'x', kind: 'annan', scope: 'national', owner: 'national:skr', source });
      await request(closed, 'GET', '/plans', 'not-a-key-but-a-password');
      const logged = warn.mock.calls.map((call) => String(call[0]));
      expect(logged).toEqual([
        expect.stringMatching(/AUTH\.INVALID_KEY.*nyckel-id abcdef012345.*POST \/plans/),
        expect.stringMatching(/AUTH\.INVALID_KEY.*GET \/plans/),
      ]);
      expect(logged.join('\n')).not.toMatch(/SECRET|password/);
    } finally {
      warn.mockRestore();
    }
  });
});
