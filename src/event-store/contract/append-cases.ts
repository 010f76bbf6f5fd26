import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision } from '../event-store.port.js';
import { expectSameEvents, newEvents, readAllAfter, uniqueStream, type ContractHarness } from './contract-kit.js';

async function expectConflict(
  attempt: Promise<unknown>,
  stream: string,
  expected: ExpectedRevision,
  actual: number | 'no_stream',
): Promise<void> {
  const error = await attempt.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject({ code: 'STORE.WRONG_EXPECTED_REVISION', stream, expected, actual });
}

async function streamLength(store: EventStore, stream: string): Promise<number> {
  return (await store.readStream(stream)).length;
}

export function appendCases(harness: () => ContractHarness): void {
  const store = () => harness().store;

  it('keeps the events of a stream in append order with revisions counted from 0', async () => {
    const stream = uniqueStream('plan');
    const first = newEvents(3);
    const second = newEvents(2);
    await store().append(stream, first, 'no_stream');
    await store().append(stream, second, 2);

    const recorded = await store().readStream(stream);

    expectSameEvents(recorded, [...first, ...second]);
    expect(recorded.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(recorded.every((event) => event.stream === stream && event.recordedAt instanceof Date)).toBe(true);
    expect(recorded.every((event) => !Number.isNaN(event.recordedAt.getTime()))).toBe(true);
  });

  it('answers an append with the revision and global position of its last event', async () => {
    const stream = uniqueStream('plan');
    const head = await store().headPosition();
    const result = await store().append(stream, newEvents(3), 'no_stream');

    const written = await readAllAfter(store(), head);

    expect(result.revision).toBe(2);
    expect(result.position).toBe(written[written.length - 1].position);
    expect(await store().headPosition()).toBe(result.position);
  });

  describe('expected revision', () => {
    it('no_stream accepts a new stream and rejects an existing one', async () => {
      const stream = uniqueStream('plan');
      await store().append(stream, newEvents(1), 'no_stream');
      await expectConflict(store().append(stream, newEvents(1), 'no_stream'), stream, 'no_stream', 0);
      expect(await streamLength(store(), stream)).toBe(1);
    });

    it('stream_exists rejects a missing stream and accepts an existing one', async () => {
      const stream = uniqueStream('plan');
      await expectConflict(store().append(stream, newEvents(1), 'stream_exists'), stream, 'stream_exists', 'no_stream');
      await store().append(stream, newEvents(1), 'any');
      await store().append(stream, newEvents(1), 'stream_exists');
      expect(await streamLength(store(), stream)).toBe(2);
    });

    it('an exact revision accepts the current revision and rejects any other', async () => {
      const stream = uniqueStream('plan');
      await expectConflict(store().append(stream, newEvents(1), 0), stream, 0, 'no_stream');
      await store().append(stream, newEvents(2), 'no_stream');
      await expectConflict(store().append(stream, newEvents(1), 0), stream, 0, 1);
      await expectConflict(store().append(stream, newEvents(1), 2), stream, 2, 1);
      const result = await store().append(stream, newEvents(1), 1);
      expect(result.revision).toBe(2);
    });

    it('any accepts a missing and an existing stream', async () => {
      const stream = uniqueStream('plan');
      await store().append(stream, newEvents(1), 'any');
      const result = await store().append(stream, newEvents(1), 'any');
      expect(result.revision).toBe(1);
    });
  });

  describe('duplicate event ids', () => {
    it('re-sending an append returns the original result and stores nothing', async () => {
      const stream = uniqueStream('plan');
      const head = await store().headPosition();
      const events = newEvents(3);
      const original = await store().append(stream, events, 'no_stream');

      expect(await store().append(stream, events, 'no_stream')).toEqual(original);
      expect(await store().append(stream, events, 'any')).toEqual(original);
      expect(await readAllAfter(store(), head)).toHaveLength(3);
    });

    it('a re-send is recognised after the stream has moved on', async () => {
      const stream = uniqueStream('plan');
      const first = newEvents(2);
      const original = await store().append(stream, first, 'no_stream');
      await store().append(stream, newEvents(2), 1);

      expect(await store().append(stream, first, 'no_stream')).toEqual(original);
      expect(await streamLength(store(), stream)).toBe(4);
    });

    it('an append mixing stored and new ids where the stored ones sit is a conflict and stores nothing', async () => {
      const stream = uniqueStream('plan');
      const [stored] = newEvents(1);
      await store().append(stream, [stored, ...newEvents(1)], 'no_stream');
      await expectConflict(store().append(stream, [stored, ...newEvents(1)], 'no_stream'), stream, 'no_stream', 1);
      expect(await streamLength(store(), stream)).toBe(2);
    });
  });
}
