import { expect, it } from '@jest/globals';
import type { SubscriptionMessage } from '../event-store.port.js';
import { countEvents, idsOf, newEvents, record, uniqueStream, type ContractHarness } from './contract-kit.js';

const caughtUpCount = (messages: readonly SubscriptionMessage[]) =>
  messages.filter((message) => message.kind === 'caughtUp').length;

export function subscriptionCases(harness: () => ContractHarness): void {
  const store = () => harness().store;

  it('catches up from a position, says so once, then delivers live events', async () => {
    const stream = uniqueStream('plan');
    const head = await store().headPosition();
    const before = newEvents(3);
    const live = newEvents(2);
    await store().append(stream, before, 'no_stream');
    const written = await store().readStream(stream);

    const recording = record(store().subscribeToAll({ after: written[0].position }));
    await recording.waitFor((messages) => caughtUpCount(messages) === 1);
    await store().append(stream, live.slice(0, 1), 2);
    await store().append(stream, live.slice(1), 3);
    await recording.waitFor((messages) => countEvents(messages, idsOf(live)) === 2);
    recording.stop();

    const kinds = recording.messages.map((message) => (message.kind === 'event' ? message.event.id : 'caughtUp'));
    expect(kinds).toEqual([...idsOf(before.slice(1)), 'caughtUp', ...idsOf(live)]);
    expect(recording.messages[2]).toEqual({ kind: 'caughtUp', position: written[2].position });
    expect(head === null || written[0].position > head).toBe(true);
  });

  it('from the head delivers nothing old: caughtUp first, then only new events', async () => {
    const stream = uniqueStream('plan');
    await store().append(stream, newEvents(2), 'no_stream');
    const head = await store().headPosition();
    const live = newEvents(1);

    const recording = record(store().subscribeToAll({ after: head ?? undefined }));
    await recording.waitFor((messages) => caughtUpCount(messages) === 1);
    await store().append(stream, live, 1);
    await recording.waitFor((messages) => countEvents(messages, idsOf(live)) === 1);
    recording.stop();

    expect(recording.messages).toHaveLength(2);
    expect(recording.messages[0]).toEqual({ kind: 'caughtUp', position: head });
    expect(recording.events().map((event) => event.id)).toEqual(idsOf(live));
  });

  it('delivers the same live events to every subscriber', async () => {
    const stream = uniqueStream('initiative');
    const head = (await store().headPosition()) ?? undefined;
    const [one, two] = [record(store().subscribeToAll({ after: head })), record(store().subscribeToAll({ after: head }))];
    const live = newEvents(3);
    await store().append(stream, live, 'no_stream');

    await one.waitFor((messages) => countEvents(messages, idsOf(live)) === 3);
    await two.waitFor((messages) => countEvents(messages, idsOf(live)) === 3);
    one.stop();
    two.stop();

    expect(idsOf(one.events())).toEqual(idsOf(live));
    expect(idsOf(two.events())).toEqual(idsOf(live));
  });
}
