import { expect, it } from '@jest/globals';
import { newEvents, readAllAfter, record, uniqueStream, type ContractHarness } from './contract-kit.js';

export function closeCases(harness: () => ContractHarness): void {
  it('close completes open subscriptions and every later call fails as unavailable', async () => {
    const { store } = harness();
    const stream = uniqueStream('plan');
    await store.append(stream, newEvents(1), 'no_stream');
    const recording = record(store.subscribeToAll({ after: (await store.headPosition()) ?? undefined }));
    await recording.waitFor((messages) => messages.some((message) => message.kind === 'caughtUp'));

    await store.close();
    await recording.waitFor(() => recording.completed());

    const unavailable = { code: 'STORE.UNAVAILABLE' };
    await expect(store.append(stream, newEvents(1), 0)).rejects.toMatchObject(unavailable);
    await expect(store.readStream(stream)).rejects.toMatchObject(unavailable);
    await expect(readAllAfter(store, null)).rejects.toMatchObject(unavailable);
    await expect(store.headPosition()).rejects.toMatchObject(unavailable);
    await expect(store.ping()).rejects.toMatchObject(unavailable);
    const late = record(store.subscribeToAll());
    await late.waitFor(() => late.completed());
    expect(late.messages).toEqual([]);
  });
}
