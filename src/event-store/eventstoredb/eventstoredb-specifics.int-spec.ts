import { EsdbGrpcServer } from '../../../test/support/esdb-grpc-server/esdb-grpc-server.js';
import { countEvents, idsOf, newEvents, readAllAfter, record } from '../contract/contract-kit.js';
import { StoreUnavailableError, type SubscriptionMessage } from '../event-store.port.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const quickResume = { initialDelayMs: 20, maxDelayMs: 200 };
const quickRetry = { retries: 2, initialDelayMs: 10 };
const caughtUps = (messages: readonly SubscriptionMessage[]) => messages.filter((message) => message.kind === 'caughtUp');

describe('EventStoreDbEventStore — behaviour beyond the contract, over in-process gRPC server', () => {
  let server: EsdbGrpcServer;
  let store: EventStoreDbEventStore;
  const connect = async (options: { sendCaughtUp?: boolean } = {}) => {
    server = await EsdbGrpcServer.start(options);
    store = EventStoreDbEventStore.connect(server.connectionString, { resume: quickResume, retry: quickRetry });
  };
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('leaves the server’s own streams and events out of reads, the head and subscriptions', async () => {
    await connect();
    const events = newEvents(2);
    await store.append('plan-1', events, 'no_stream');
    server.appendSystemEvent('$stats-127.0.0.1:2113', '$statsCollected');

    const recording = record(store.subscribeToAll());
    await recording.waitFor((messages) => caughtUps(messages).length === 1);
    recording.stop();

    expect(server.log.all.map((event) => event.stream)).toContain('$settings');
    expect(idsOf(await readAllAfter(store, null))).toEqual(idsOf(events));
    expect(await store.headPosition()).toBe(Number(server.log.all[3].position));
    expect(idsOf(recording.events())).toEqual(idsOf(events));
  });

  it('resumes a broken subscription from the last position it delivered', async () => {
    await connect();
    const recording = record(store.subscribeToAll());
    const before = newEvents(2);
    await store.append('plan-1', before, 'no_stream');
    await recording.waitFor((messages) => countEvents(messages, idsOf(before)) === 2);

    await server.stop();
    await server.start();
    const after = newEvents(1);
    await store.append('plan-1', after, 1);
    await recording.waitFor((messages) => countEvents(messages, idsOf(after)) === 1);
    recording.stop();

    const lastBeforeOutage = recording.events()[1].position;
    expect(server.subscriptionStarts.slice(0, 2)).toEqual(['start', BigInt(lastBeforeOutage)]);
  });

  it('says caughtUp once even when the server never does (servers before 23.10)', async () => {
    await connect({ sendCaughtUp: false });
    const events = newEvents(3);
    await store.append('plan-1', events, 'no_stream');
    server.appendSystemEvent('$stats-127.0.0.1:2113', '$statsCollected');
    const [first] = await readAllAfter(store, null);

    const fromStart = record(store.subscribeToAll());
    const fromHead = record(store.subscribeToAll({ after: (await store.headPosition()) ?? undefined }));
    const fromFirst = record(store.subscribeToAll({ after: first.position }));
    for (const recording of [fromStart, fromHead, fromFirst]) {
      await recording.waitFor((messages) => caughtUps(messages).length === 1);
      recording.stop();
    }

    expect(fromStart.messages.map((message) => message.kind)).toEqual(['event', 'event', 'event', 'caughtUp']);
    expect(fromHead.messages.map((message) => message.kind)).toEqual(['caughtUp']);
    expect(fromFirst.messages.map((message) => message.kind)).toEqual(['event', 'event', 'caughtUp']);
  });

  it('reports every operation as unavailable while the server is away', async () => {
    await connect();
    await store.append('plan-1', newEvents(1), 'no_stream');
    await server.stop();

    await expect(store.append('plan-1', newEvents(1), 0)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readStream('plan-1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(readAllAfter(store, null)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.headPosition()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('a subscription opened while the server is away starts once it is back', async () => {
    await connect();
    await server.stop();
    const recording = record(store.subscribeToAll());
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);

    await server.start();
    const events = newEvents(2);
    await store.append('plan-1', events, 'no_stream');
    await recording.waitFor((messages) => countEvents(messages, idsOf(events)) === 2);
    recording.stop();

    expect(idsOf(recording.events())).toEqual(idsOf(events));
    expect(caughtUps(recording.messages)).toHaveLength(1);
  });
});
