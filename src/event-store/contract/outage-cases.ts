import { expect, it } from '@jest/globals';
import { StoreUnavailableError } from '../event-store.port.js';
import { countEvents, idsOf, newEvents, record, uniqueStream, type ContractHarness } from './contract-kit.js';

/** The server goes away under a live subscription and comes back with the same data. */
export function serverRestartCases(harness: () => ContractHarness): void {
  it('a subscription resumes by itself after the server comes back: no gap, no duplicate', async () => {
    const { store, restartServer } = harness();
    if (!restartServer) throw new Error('this harness cannot restart its server');
    const stream = uniqueStream('plan');
    const head = (await store.headPosition()) ?? undefined;
    const before = newEvents(3);
    const after = newEvents(3);
    const recording = record(store.subscribeToAll({ after: head }));
    await store.append(stream, before, 'no_stream');
    await recording.waitFor((messages) => countEvents(messages, idsOf(before)) === 3);

    await restartServer(async () => {
      await expect(store.append(stream, newEvents(1), 2)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    });
    await store.append(stream, after, 2);
    await recording.waitFor((messages) => countEvents(messages, idsOf(after)) === 3);
    recording.stop();

    expect(idsOf(recording.events())).toEqual(idsOf([...before, ...after]));
    expect(recording.messages.filter((message) => message.kind === 'caughtUp')).toHaveLength(1);
    expect(recording.completed()).toBe(false);
  });
}

/** The embedded store's analogue: the process closes the file and a new adapter opens it again. */
export function reopenCases(harness: () => ContractHarness): void {
  it('after closing and reopening, a subscription resumes from its checkpoint: no gap, no duplicate', async () => {
    const { store, reopen } = harness();
    if (!reopen) throw new Error('this harness cannot reopen its store');
    const stream = uniqueStream('plan');
    const before = newEvents(3);
    const later = newEvents(2);
    const first = record(store.subscribeToAll());
    await store.append(stream, before, 'no_stream');
    await first.waitFor((messages) => countEvents(messages, idsOf(before)) === 3);
    const checkpoint = first.events()[1].position;

    const reopened = await reopen();
    await first.waitFor(() => first.completed());
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await reopened.append(stream, later, 2);
    const second = record(reopened.subscribeToAll({ after: checkpoint }));
    await second.waitFor((messages) => countEvents(messages, idsOf(later)) === 2);
    second.stop();

    expect(idsOf(second.events())).toEqual(idsOf([before[2], ...later]));
  });
}
