import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { startApp, TEST_ADMIN_KEY, type StartedApp } from '../support/start-app.js';

let started: StartedApp;
beforeAll(async () => {
  started = await startApp();
  await (started.app.get(EVENT_STORE) as EventStore).close();
});
afterAll(() => started.close());

describe('when the event store cannot be reached', () => {
  it('answers a command 503 with a Swedish message saying nothing was recorded', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/plans',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}` },
      payload: JSON.stringify({ title: 'Överenskommelse', kind: 'overenskommelse', scope: 'national', owner: 'national:regeringen', source: { title: 'Regeringsbeslut' } }),
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({ statusCode: 503, code: 'STORE.UNAVAILABLE', message: expect.stringContaining('Inget registrerades') });
  });

  it('answers a read 503 as well', async () => {
    const response = await started.app.inject({ method: 'GET', url: '/plans/varmland-malbild-2022' });
    expect(response.json()).toMatchObject({ statusCode: 503, code: 'STORE.UNAVAILABLE' });
  });
});
