import { EsdbGrpcServer } from '../../../test/support/esdb-grpc-server/esdb-grpc-server.js';
import { describeEventStoreContract } from '../event-store.contract.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const quickResume = { initialDelayMs: 20, maxDelayMs: 200 };

describeEventStoreContract(
  'eventstoredb over in-process gRPC server',
  async () => {
    const server = await EsdbGrpcServer.start();
    const store = EventStoreDbEventStore.connect(server.connectionString, { resume: quickResume });
    return {
      store,
      restartServer: async (whileDown) => {
        await server.stop();
        await whileDown();
        await server.start();
      },
      dispose: async () => {
        await store.close();
        await server.stop();
      },
    };
  },
  'server-restart',
);

const realServer = process.env.EVENTSTORE_CONNECTION_STRING;
if (realServer) {
  describeEventStoreContract(
    'eventstoredb at EVENTSTORE_CONNECTION_STRING',
    async () => {
      const store = EventStoreDbEventStore.connect(realServer);
      return { store, dispose: () => store.close() };
    },
    'none',
  );
}
