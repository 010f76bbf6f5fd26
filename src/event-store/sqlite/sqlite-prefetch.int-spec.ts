import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { newEvents, readAllAfter, record, uniqueStream } from '../contract/contract-kit.js';
import type { EventPage, RecordedEvent } from '../event-store.port.js';
import { PagePrefetch } from './page-prefetch.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const PAGE = 40;
const LOG = 320;

/** Everything a reader can get wrong about an event: order, identity, stream, revision, type, both payloads and the record time. */
const exactly = (events: readonly RecordedEvent[]) => events.map((event) => ({ ...event, recordedAt: event.recordedAt.getTime() }));

describe('SqliteEventStore — long reads through a reader thread', () => {
  let directory: string;
  let path: string;
  let copies = 0;
  let expected: RecordedEvent[];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'omstallning-prefetch-'));
    path = join(directory, 'ledger.db');
    const written = SqliteEventStore.open({ path, prefetchFrom: Number.POSITIVE_INFINITY });
    // 12 streams of 25, interleaved, with text that is not ASCII, then 20 events of 4 000 characters
    // each, so a page spans several of the thread's texts: 320 events, 8 full pages and an empty one.
    const streams = Array.from({ length: 12 }, () => uniqueStream('plan'));
    for (let round = 0; round < 5; round += 1) {
      for (const [index, stream] of streams.entries()) await written.append(stream, newEvents(5, 'ProbeRecorded', `ström ${index} – “runda” ${round}`), round === 0 ? 'no_stream' : 'any');
    }
    await written.append(uniqueStream('plan'), newEvents(20, 'ProbeRecorded', 'långt – '.repeat(500)), 'no_stream');
    expected = await readAllAfter(written, null);
    expect(expected).toHaveLength(LOG);
    await written.close();
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  /** A store on a copy of the ledger, so what one test appends no other sees. */
  const open = (prefetchFrom = 1, readerNamesLimit?: number) => {
    const copy = join(directory, `copy-${(copies += 1)}.db`);
    copyFileSync(path, copy);
    return SqliteEventStore.open({ path: copy, pageSize: PAGE, prefetchFrom, pollIntervalMs: 60_000, readerNamesLimit });
  };

  it('readAll gives exactly what reading on the main thread gives, from the start and from a position', async () => {
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const store = open();
    try {
      expect(exactly(await readAllAfter(store, null))).toEqual(exactly(expected));
      expect(take).toHaveBeenCalledTimes(LOG / PAGE + 1);
      expect(exactly(await readAllAfter(store, expected[122].position))).toEqual(exactly(expected.slice(123)));
    } finally {
      await store.close();
    }
  });

  it('a thread that numbers few stream and type names before it starts again reads exactly the same', async () => {
    // 13 streams and a type: past 5 names the thread starts numbering again, on every page.
    const store = open(1, 5);
    try {
      expect(exactly(await readAllAfter(store, null))).toEqual(exactly(expected));
    } finally {
      await store.close();
    }
  });

  it('readAllPages gives the thread\'s pages as they came, none empty, each ending at its last position', async () => {
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const store = open();
    try {
      const pages: EventPage[] = [];
      for await (const page of store.readAllPages({ metadata: ['recordedAt'] })) pages.push(page);
      expect(take).toHaveBeenCalledTimes(LOG / PAGE + 1);
      expect(pages.map((page) => page.length)).toEqual(Array.from({ length: LOG / PAGE }, () => PAGE));
      expect(pages.map((page) => page.lastPosition)).toEqual(pages.map((_, index) => expected[(index + 1) * PAGE - 1].position));
      const read = pages.flatMap((page) => Array.from({ length: page.length }, (_, index) => page.event(index)));
      expect(read.map(({ id, position, data }) => ({ id, position, data }))).toEqual(expected.map(({ id, position, data }) => ({ id, position, data })));
    } finally {
      await store.close();
    }
  });

  it('a long read that names its metadata fields gets those, as stored, and every other part of each event whole', async () => {
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const store = open();
    const fields = ['recordedAt', 'previousHash', 'notStored'];
    const picked = (event: RecordedEvent) => ({ ...event, recordedAt: event.recordedAt.getTime(), metadata: { recordedAt: event.metadata.recordedAt, previousHash: event.metadata.previousHash } });
    try {
      const read: RecordedEvent[] = [];
      for await (const event of store.readAll({ metadata: fields })) read.push(event);
      expect(take).toHaveBeenCalledTimes(LOG / PAGE + 1);
      // previousHash is null in the first event of each append: a stored null stays null, a field never stored stays absent.
      expect(read.map((event) => ({ ...event, recordedAt: event.recordedAt.getTime() }))).toEqual(expected.map(picked));
      expect(read.some((event) => event.metadata.previousHash === null)).toBe(true);
      expect(read.every((event) => !('notStored' in event.metadata) && !('hash' in event.metadata))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('a long read delivers the events citing one source as one frozen object, across pages, and each value as stored', async () => {
    const file = join(directory, 'sources.db');
    const written = SqliteEventStore.open({ path: file, prefetchFrom: Number.POSITIVE_INFINITY });
    const sources = [{ title: 'Protokoll regionstyrelsen', url: 'https://example.se/p1' }, { title: 'Handlingsplan – “länsgemensam”', publisher: 'Region Örebro län' }, { title: 'Protokoll regionstyrelsen' }];
    const metadataOf = (index: number) => ({ principal: `key:${index % 2}`, source: { ...sources[index % 3] }, parties: index % 5 === 0 ? ['region:18', 'kommun:1880'] : [], hash: `h${index}` });
    const stream = uniqueStream('plan');
    await written.append(stream, newEvents(100).map((event, index) => ({ ...event, metadata: metadataOf(index) })), 'no_stream');
    await written.close();
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const store = SqliteEventStore.open({ path: file, pageSize: PAGE, prefetchFrom: 1, pollIntervalMs: 60_000 });
    try {
      const read: RecordedEvent[] = [];
      for await (const event of store.readAll({ metadata: ['principal', 'source', 'parties'] })) read.push(event);
      expect(take).toHaveBeenCalledTimes(3);
      expect(read.map((event) => event.metadata)).toEqual(read.map((_, index) => ({ principal: `key:${index % 2}`, source: sources[index % 3], parties: index % 5 === 0 ? ['region:18', 'kommun:1880'] : [] })));
      expect(read[99].metadata.source).toBe(read[0].metadata.source);
      expect(read[98].metadata.source).toBe(read[2].metadata.source);
      expect(new Set(read.map((event) => event.metadata.source)).size).toBe(3);
      expect(Object.isFrozen(read[50].metadata.source)).toBe(true);
      expect(read[95].metadata.parties).toBe(read[5].metadata.parties);
      await expect(async () => {
        for await (const event of store.readAll({ metadata: ["source'); DROP TABLE events; --"] })) void event;
      }).rejects.toThrow('not a plain name');
    } finally {
      await store.close();
    }
  });

  it('a subscription catches up through the thread, then delivers live appends once each', async () => {
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const store = open();
    const recording = record(store.subscribeToAll());
    try {
      await recording.waitFor((messages) => messages.some((message) => message.kind === 'caughtUp'));
      expect(take).toHaveBeenCalled();
      const live = newEvents(3);
      await store.append(uniqueStream('plan'), live, 'no_stream');
      await recording.waitFor((messages) => messages.length === LOG + 1 + 3);
      const events = recording.events();
      expect(exactly(events.slice(0, LOG))).toEqual(exactly(expected));
      expect(events.slice(LOG).map((event) => event.id)).toEqual(live.map((event) => event.id));
      expect(recording.messages[LOG]).toEqual({ kind: 'caughtUp', position: expected[LOG - 1].position });
    } finally {
      recording.stop();
      await store.close();
    }
  });

  it('events appended while the thread reads ahead are delivered after the ones before them, none twice', async () => {
    const store = open();
    const recording = record(store.subscribeToAll());
    const during = newEvents(4);
    try {
      await store.append(uniqueStream('plan'), during, 'no_stream');
      await recording.waitFor((messages) => messages.filter((message) => message.kind === 'event').length >= LOG + 4);
      const ids = recording.events().map((event) => event.id);
      expect(ids).toEqual([...expected.map((event) => event.id), ...during.map((event) => event.id)]);
    } finally {
      recording.stop();
      await store.close();
    }
  });

  it('a short stretch is read on the main thread: no thread is started for it', async () => {
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const store = open(1_000);
    try {
      expect(exactly(await readAllAfter(store, null))).toEqual(exactly(expected));
      expect(take).not.toHaveBeenCalled();
    } finally {
      await store.close();
    }
  });

  it('a thread that fails costs only the speed-up: the page is read here and nothing is lost', async () => {
    jest.spyOn(PagePrefetch.prototype, 'take').mockRejectedValueOnce(new Error('läsartråden föll'));
    const store = open();
    try {
      expect(exactly(await readAllAfter(store, null))).toEqual(exactly(expected));
    } finally {
      await store.close();
    }
  });

  it('a read abandoned half-way, and a store closed mid-catch-up, stop their threads', async () => {
    const take = jest.spyOn(PagePrefetch.prototype, 'take');
    const readers = () => [...new Set(take.mock.contexts as PagePrefetch[])];
    const store = open();
    for await (const event of store.readAll()) if (event.position >= expected[50].position) break;
    expect(readers()).toHaveLength(1);
    expect(readers()[0].finished).toBe(true);

    let delivered = 0;
    const closed = new Promise<void>((resolve) =>
      store.subscribeToAll().subscribe({
        next: () => {
          if (++delivered === 1) void store.close();
        },
        complete: resolve,
      }),
    );
    await closed;
    expect(delivered).toBeLessThan(LOG);
    expect(readers()).toHaveLength(2);
    expect(readers().every((reader) => reader.finished)).toBe(true);
  });
});
