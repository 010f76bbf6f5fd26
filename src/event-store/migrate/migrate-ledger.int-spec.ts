import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EsdbGrpcServer } from '../../../test/support/esdb-grpc-server/esdb-grpc-server.js';
import { newEvents, readAllAfter } from '../contract/contract-kit.js';
import { WrongExpectedRevisionError, type EventStore, type RecordedEvent } from '../event-store.port.js';
import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb-event-store.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { migrateLedger, type MigrationProgress } from './migrate-ledger.js';

/** What a move between stores must keep: identity, content, and both orders. */
const essence = ({ id, type, data, metadata, stream, revision }: RecordedEvent) => ({ id, type, data, metadata, stream, revision });

/** Interleaved streams, including runs of one stream long enough to be split into several batches. */
async function writeLedger(store: EventStore): Promise<void> {
  const streams = ['plan-varmland', 'plan-gotland', 'initiative-mobilt-team', 'indicator-malbild'];
  const revisions = new Map<string, number>();
  for (let round = 0; round < 12; round += 1) {
    const stream = streams[(round * 7) % streams.length];
    const events = newEvents(1 + ((round * 5) % 9), `Round${round}Recorded`, stream);
    const current = revisions.get(stream) ?? -1;
    await store.append(stream, events, current < 0 ? 'no_stream' : current);
    revisions.set(stream, current + events.length);
  }
}

/** A target that goes away after some appends, as a crashed migration would leave it. */
function failingAfter(store: EventStore, appends: number): EventStore {
  let left = appends;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver);
      return (...args: Parameters<EventStore['append']>) => {
        if (left-- <= 0) return Promise.reject(new Error('interrupted'));
        return target.append(...args);
      };
    },
  });
}

describe('migrateLedger — sqlite → eventstoredb over in-process gRPC server → sqlite', () => {
  let directory: string;
  let server: EsdbGrpcServer;
  const stores: EventStore[] = [];
  const sqlite = (name: string) => {
    const store = SqliteEventStore.open({ path: join(directory, `${name}.db`) });
    stores.push(store);
    return store;
  };
  const eventstoredb = () => {
    const store = EventStoreDbEventStore.connect(server.connectionString);
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'omstallning-migrate-'));
    server = await EsdbGrpcServer.start();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps ids, types, data, metadata, per-stream order and global order through both moves', async () => {
    const source = sqlite('source');
    await writeLedger(source);
    const progress: MigrationProgress[] = [];

    const there = await migrateLedger(source, eventstoredb(), { batchSize: 4, onProgress: (step) => progress.push(step) });
    const back = await migrateLedger(eventstoredb(), sqlite('back'), { batchSize: 4 });

    const original = (await readAllAfter(source, null)).map(essence);
    expect(there).toEqual({ events: original.length, streams: 4 });
    expect(back).toEqual(there);
    expect((await readAllAfter(eventstoredb(), null)).map(essence)).toEqual(original);
    expect((await readAllAfter(stores[stores.length - 1], null)).map(essence)).toEqual(original);
    expect(progress[progress.length - 1]).toEqual({ events: original.length, position: original.length });
    expect(progress.every((step, index) => index === 0 || step.events > progress[index - 1].events)).toBe(true);
  });

  it('finishes an interrupted migration on a re-run without duplicating anything', async () => {
    const source = sqlite('source');
    await writeLedger(source);
    const target = eventstoredb();

    await expect(migrateLedger(source, failingAfter(target, 5), { batchSize: 4 })).rejects.toThrow('interrupted');
    const partial = await readAllAfter(target, null);
    await migrateLedger(source, target, { batchSize: 4 });

    const original = (await readAllAfter(source, null)).map(essence);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(original.length);
    expect((await readAllAfter(target, null)).map(essence)).toEqual(original);
  });

  it('refuses a target whose streams diverge from the source', async () => {
    const source = sqlite('source');
    await writeLedger(source);
    const target = sqlite('target');
    await target.append('plan-gotland', newEvents(1), 'no_stream');

    await expect(migrateLedger(source, target)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  });
});
