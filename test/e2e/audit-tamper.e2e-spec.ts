import Database from 'better-sqlite3';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

const source = { title: 'Protokoll', publisher: 'Region Värmland' };
let started: StartedApp;

interface Answer {
  readonly eventId: string;
  readonly firstBroken: { readonly message: string };
}

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${started.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

beforeAll(async () => {
  started = await startApp();
});
afterAll(() => started.close());

describe('hash-chain verification of the stored ledger', () => {
  it('passes an untouched ledger and names the event a test edited in the SQLite file', async () => {
    await call('POST', '/plans', { planId: 'p', title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', parties: ['region:17', 'kommun:1784'], source });
    const tampered = await call('POST', '/plans/p/adoptions', { party: 'region:17', decidedOn: '2022-04-06', decidedBy: 'regionfullmäktige', source });
    await call('POST', '/plans/p/adoptions', { party: 'kommun:1784', decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige', source });

    const clean = await call('GET', '/audit/verify');
    expect(clean.body).toEqual({ ok: true, events: 3, streams: 1, brokenLinks: 0, firstBroken: null });

    const db = new Database(started.config.sqlitePath);
    try {
      const row = db.prepare('SELECT data FROM events WHERE id = ?').get(tampered.body.eventId) as { data: string };
      db.prepare('UPDATE events SET data = ? WHERE id = ?').run(row.data.replace('2022-04-06', '2021-04-06'), tampered.body.eventId);
    } finally {
      db.close();
    }

    const report = await call('GET', '/audit/verify');
    expect(report.body).toMatchObject({
      ok: false,
      brokenLinks: 1,
      firstBroken: { eventId: tampered.body.eventId, stream: 'plan-p', revision: 1, problem: 'hash-mismatch' },
    });
    expect(report.body.firstBroken.message).toContain(tampered.body.eventId);
    expect(report.body.firstBroken.message).toContain('plan-p');
  });
});
