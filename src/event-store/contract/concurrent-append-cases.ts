import { expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from '../event-store.port.js';
import { expectSameEvents, newEvents, readAllAfter, uniqueStream, type ContractHarness } from './contract-kit.js';

/**
 * Appends a service makes at once (concurrent commands): a store may write them
 * together (SQLite's group commit) or one by one (EventStoreDB), but each must
 * be checked and answered as if it had been alone.
 */
export function concurrentAppendCases(harness: () => ContractHarness): void {
  const store = () => harness().store;

  it('appends in flight at once all land, each answered with its own revision and position', async () => {
    const head = await store().headPosition();
    const streams = Array.from({ length: 12 }, () => uniqueStream('plan'));
    const batches = streams.map((_, index) => newEvents(1 + (index % 3)));

    const results = await Promise.all(streams.map((stream, index) => store().append(stream, batches[index], 'no_stream')));

    const positionOf = new Map((await readAllAfter(store(), head)).map((event) => [event.id, event.position]));
    for (const [index, stream] of streams.entries()) {
      expectSameEvents(await store().readStream(stream), batches[index]);
      expect(results[index]).toEqual({ revision: batches[index].length - 1, position: positionOf.get(batches[index].at(-1)!.id) });
    }
    expect(new Set(results.map((result) => result.position)).size).toBe(streams.length);
  });

  it('a refused append among concurrent ones fails alone', async () => {
    const taken = uniqueStream('plan');
    await store().append(taken, newEvents(1), 'no_stream');
    const before = uniqueStream('plan');
    const after = uniqueStream('plan');
    const [first, second] = [newEvents(2), newEvents(1)];

    const outcomes = await Promise.allSettled([
      store().append(before, first, 'no_stream'),
      store().append(taken, newEvents(1), 'no_stream'),
      store().append(after, second, 'no_stream'),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: expect.any(WrongExpectedRevisionError) });
    expect(outcomes[1]).toMatchObject({ reason: { stream: taken, expected: 'no_stream', actual: 0 } });
    expectSameEvents(await store().readStream(before), first);
    expectSameEvents(await store().readStream(after), second);
    expect(await store().readStream(taken)).toHaveLength(1);
  });
}
