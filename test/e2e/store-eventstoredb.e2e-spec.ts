import { EsdbGrpcServer } from '../support/esdb-grpc-server/esdb-grpc-server.js';
import { startApp, type StartedApp } from '../support/start-app.js';

const health = (app: StartedApp) =>
  fetch(`${app.url}/health`).then(async (response) => ({ status: response.status, body: await response.json() }));

describe('the app on EVENT_STORE=eventstoredb (in-process gRPC EventStoreDB)', () => {
  let server: EsdbGrpcServer;
  let app: StartedApp;

  beforeAll(async () => {
    server = await EsdbGrpcServer.start();
    app = await startApp({ eventStore: 'eventstoredb', eventStoreConnectionString: server.connectionString });
  });
  afterAll(async () => {
    await app.close();
    await server.stop();
  });

  it('reports the store healthy, then unavailable while the server is away, then healthy again', async () => {
    const before = await health(app);
    await server.stop();
    const during = await health(app);
    await server.start();
    const after = await health(app);

    expect(before).toMatchObject({ status: 200, body: { store: { kind: 'eventstoredb', reachable: true } } });
    expect(during).toMatchObject({ status: 503, body: { store: { kind: 'eventstoredb', reachable: false } } });
    expect(after).toMatchObject({ status: 200, body: { store: { kind: 'eventstoredb', reachable: true } } });
  });
});
