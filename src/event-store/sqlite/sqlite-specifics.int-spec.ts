import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newEvents, readAllAfter, record, idsOf, countEvents } from '../contract/contract-kit.js';
import { WrongExpectedRevisionError } from '../event-store.port.js';
import { InvalidNewEventsError } from '../new-events.js';
import { SqliteEventStore } from './sqlite-event-store.js';

describe('SqliteEventStore — behaviour beyond the contract', () => {
  let directory: string;
  let path: string;
  const opened: SqliteEventStore[] = [];
  const open = (options: { pollIntervalMs?: number; clock?: () => Date } = {}) => {
    const store = SqliteEventStore.open({ path, pageSize: 4, ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'omstallning-sqlite-'));
    path = join(directory, 'nested', 'ledger.db');
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('creates the directory and the file, in WAL mode with full fsync', () => {
    open();
    expect(existsSync(path)).toBe(true);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('numbers global positions from 1 without gaps and records the clock time', async () => {
    const store = open({ clock: () => new Date('2024-05-06T07:08:09.010Z') });
    await store.append('plan-a', newEvents(2), 'no_stream');
    await store.append('plan-b', newEvents(1), 'no_stream');

    const all = await readAllAfter(store, null);

    expect(all.map((event) => event.position)).toEqual([1, 2, 3]);
    expect(all.every((event) => event.recordedAt.toISOString() === '2024-05-06T07:08:09.010Z')).toBe(true);
  });

  it('reads across page boundaries without losing or repeating an event', async () => {
    const store = open();
    const events = newEvents(11);
    await store.append('plan-a', events, 'no_stream');
    expect(idsOf(await readAllAfter(store, null))).toEqual(idsOf(events));
  });

  it('refuses an event id already used in another stream, and stores nothing', async () => {
    const store = open();
    const [taken] = newEvents(1);
    await store.append('plan-a', [taken], 'no_stream');
    await expect(store.append('plan-b', [...newEvents(1), taken], 'any')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await readAllAfter(store, null)).toHaveLength(1);
  });

  it('refuses events no other adapter would accept', async () => {
    const store = open();
    const [event] = newEvents(1);
    await expect(store.append('plan-a', [], 'any')).rejects.toBeInstanceOf(InvalidNewEventsError);
    await expect(store.append('plan-a', [{ ...event, id: 'not-a-uuid' }], 'any')).rejects.toBeInstanceOf(InvalidNewEventsError);
    await expect(store.append('plan-a', [{ ...event, id: event.id.toUpperCase() }], 'any')).rejects.toBeInstanceOf(
      InvalidNewEventsError,
    );
    await expect(store.append('plan-a', [event, event], 'any')).rejects.toBeInstanceOf(InvalidNewEventsError);
    await expect(store.append('$settings', [event], 'any')).rejects.toBeInstanceOf(InvalidNewEventsError);
    await expect(store.append('plan-a', [{ ...event, type: '$metadata' }], 'any')).rejects.toBeInstanceOf(
      InvalidNewEventsError,
    );
    expect(await store.headPosition()).toBeNull();
  });

  it('a subscription sees appends made through another connection to the same file', async () => {
    const watcher = open({ pollIntervalMs: 20 });
    const writer = open();
    const recording = record(watcher.subscribeToAll());
    await recording.waitFor((messages) => messages.some((message) => message.kind === 'caughtUp'));
    const events = newEvents(6);

    await writer.append(`plan-${randomUUID()}`, events, 'no_stream');
    await recording.waitFor((messages) => countEvents(messages, idsOf(events)) === 6);
    recording.stop();

    expect(idsOf(recording.events())).toEqual(idsOf(events));
  });

  it('closing the store completes its subscriptions and refuses further calls', async () => {
    const store = open();
    const recording = record(store.subscribeToAll());
    await recording.waitFor((messages) => messages.length === 1);
    await store.close();
    await recording.waitFor(() => recording.completed());
    await expect(store.headPosition()).rejects.toMatchObject({ code: 'STORE.UNAVAILABLE' });
  });
});
