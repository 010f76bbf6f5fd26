import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { countEvents, idsOf, newEvents, readAllAfter, record, uniqueStream } from '../contract/contract-kit.js';
import { WrongExpectedRevisionError, type AppendResult } from '../event-store.port.js';
import { SqliteEventStore } from './sqlite-event-store.js';

/**
 * Transactions committed to the write-ahead log so far, read from the file as
 * SQLite wrote it: a frame whose header records the database size is the last
 * frame of a commit, and the frames of the current log carry the header's salts.
 */
function walCommits(path: string): number {
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let commits = 0;
  for (let frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
    if (wal.readUInt32BE(frame + 8) !== salts[0] || wal.readUInt32BE(frame + 12) !== salts[1]) break;
    if (wal.readUInt32BE(frame + 4) !== 0) commits += 1;
  }
  return commits;
}

describe('SqliteEventStore — group commit of appends pending at the same time', () => {
  let directory: string;
  let path: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'omstallning-group-'));
    path = join(directory, 'ledger.db');
    // Polling only once a minute: whatever a subscription sees in time came through the append notification.
    store = SqliteEventStore.open({ path, pollIntervalMs: 60_000 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes concurrent appends to many streams in one commit, in arrival order, each answered on its own', async () => {
    const streams = Array.from({ length: 32 }, () => uniqueStream('plan'));
    const batches = streams.map((_, index) => newEvents(1 + (index % 3)));
    const commits = walCommits(path);

    const results = await Promise.all(streams.map((stream, index) => store.append(stream, batches[index], 'no_stream')));

    expect(walCommits(path) - commits).toBe(1);
    const log = await readAllAfter(store, null);
    expect(idsOf(log)).toEqual(idsOf(batches.flat()));
    const positionOf = new Map(log.map((event) => [event.id, event.position]));
    expect(results).toEqual(batches.map((batch) => ({ revision: batch.length - 1, position: positionOf.get(batch.at(-1)!.id) })));
  });

  it('appends awaited one after another still commit one by one', async () => {
    const commits = walCommits(path);
    for (let index = 0; index < 4; index += 1) await store.append(uniqueStream('plan'), newEvents(1), 'no_stream');
    expect(walCommits(path) - commits).toBe(4);
  });

  it('a refused append fails alone: the others of its group are committed', async () => {
    const taken = uniqueStream('plan');
    const [stored] = newEvents(1);
    await store.append(taken, [stored], 'no_stream');
    const head = await store.headPosition();
    const [first, second] = [newEvents(2), newEvents(1)];
    const commits = walCommits(path);

    const outcomes = await Promise.allSettled([
      store.append(uniqueStream('plan'), first, 'no_stream'),
      store.append(taken, newEvents(1), 'no_stream'),
      store.append(uniqueStream('plan'), [...newEvents(1), stored], 'no_stream'),
      store.append(uniqueStream('plan'), second, 'no_stream'),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: expect.any(WrongExpectedRevisionError) });
    expect(outcomes[2]).toMatchObject({ reason: expect.any(WrongExpectedRevisionError) });
    expect(idsOf(await readAllAfter(store, head))).toEqual(idsOf([...first, ...second]));
    expect(walCommits(path) - commits).toBe(1);
  });

  it('a re-send inside a group is answered with the original result and stores nothing', async () => {
    const stream = uniqueStream('plan');
    const earlier = newEvents(2);
    const original = await store.append(stream, earlier, 'no_stream');
    const head = await store.headPosition();
    const fresh = newEvents(1);
    const other = uniqueStream('plan');

    const [resent, first, again] = await Promise.all([
      store.append(stream, earlier, 'no_stream'),
      store.append(other, fresh, 'no_stream'),
      store.append(other, fresh, 'no_stream'),
    ]);

    expect(resent).toEqual(original);
    expect(again).toEqual(first);
    expect(idsOf(await readAllAfter(store, head))).toEqual(idsOf(fresh));
  });

  it('an append sees the earlier appends of its group to the same stream', async () => {
    const stream = uniqueStream('plan');
    const [opening, following] = [newEvents(1), newEvents(2)];

    const outcomes = await Promise.allSettled([
      store.append(stream, opening, 'no_stream'),
      store.append(stream, following, 0),
      store.append(stream, newEvents(1), 0),
    ]);

    expect(outcomes.slice(0, 2).map((outcome) => (outcome as PromiseFulfilledResult<AppendResult>).value.revision)).toEqual([0, 2]);
    expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: { stream, expected: 0, actual: 2 } });
    expect(idsOf(await store.readStream(stream))).toEqual(idsOf([...opening, ...following]));
  });

  it("a group's appends reach a live subscription through the append notification", async () => {
    const recording = record(store.subscribeToAll());
    await recording.waitFor((messages) => messages.some((message) => message.kind === 'caughtUp'));
    const batches = Array.from({ length: 8 }, () => newEvents(2));

    await Promise.all(batches.map((batch) => store.append(uniqueStream('plan'), batch, 'no_stream')));
    await recording.waitFor((messages) => countEvents(messages, idsOf(batches.flat())) === 16);
    recording.stop();

    expect(idsOf(recording.events())).toEqual(idsOf(batches.flat()));
  });

  it('stores the events as they were handed over, even when the caller changes them while the append waits', async () => {
    const stream = uniqueStream('plan');
    const events = newEvents(1);
    const pending = store.append(stream, events, 'no_stream');
    events[0].data.tag = 'changed afterwards';
    await pending;

    expect((await store.readStream(stream))[0].data).toMatchObject({ tag: 'probe' });
  });

  it('close writes the appends still waiting before it releases the file', async () => {
    const events = newEvents(3);
    const stream = uniqueStream('plan');
    const pending = store.append(stream, events, 'no_stream');
    await store.close();

    await expect(pending).resolves.toMatchObject({ revision: 2 });
    store = SqliteEventStore.open({ path });
    expect(idsOf(await store.readStream(stream))).toEqual(idsOf(events));
  });

  it('when the transaction cannot start, every append of the group fails as unavailable and none is written', async () => {
    const head = await store.headPosition();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    const outcomes = Promise.allSettled([1, 2, 3].map(() => store.append(uniqueStream('plan'), newEvents(1), 'no_stream')));
    const settled = await outcomes;
    other.exec('ROLLBACK');
    other.close();

    expect(settled).toEqual([1, 2, 3].map(() => ({ status: 'rejected', reason: expect.objectContaining({ code: 'STORE.UNAVAILABLE' }) })));
    expect(await store.headPosition()).toBe(head);
    await expect(store.append(uniqueStream('plan'), newEvents(1), 'no_stream')).resolves.toMatchObject({ revision: 0 });
  });
});
