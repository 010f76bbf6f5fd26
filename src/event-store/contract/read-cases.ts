import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { StreamNotFoundError, type EventPage, type ReadAllOptions, type RecordedEvent } from '../event-store.port.js';
import { expectSameEvents, idsOf, newEvents, readAllAfter, uniqueStream, type ContractHarness } from './contract-kit.js';

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const collected: RecordedEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}

export function readCases(harness: () => ContractHarness): void {
  const store = () => harness().store;

  describe('readStream', () => {
    it('throws StreamNotFoundError for a stream without events', async () => {
      const stream = uniqueStream('plan');
      const error = await store().readStream(stream).catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(StreamNotFoundError);
      expect(error).toMatchObject({ code: 'STORE.STREAM_NOT_FOUND', stream });
    });

    it('reads from a revision and at most a count of events', async () => {
      const stream = uniqueStream('plan');
      const events = newEvents(5);
      await store().append(stream, events, 'no_stream');

      expectSameEvents(await store().readStream(stream, { fromRevision: 2 }), events.slice(2));
      expectSameEvents(await store().readStream(stream, { fromRevision: 1, maxCount: 2 }), events.slice(1, 3));
      expect(await store().readStream(stream, { fromRevision: 5 })).toEqual([]);
    });
  });

  describe('readAll', () => {
    it('returns the events of all streams in global order with increasing positions', async () => {
      const head = await store().headPosition();
      const [plan, initiative] = [uniqueStream('plan'), uniqueStream('initiative')];
      const [a, b, c] = [newEvents(2), newEvents(1), newEvents(2)];
      await store().append(plan, a, 'no_stream');
      await store().append(initiative, b, 'no_stream');
      await store().append(plan, c, 1);

      const all = await readAllAfter(store(), head);

      expectSameEvents(all, [...a, ...b, ...c]);
      expect(all.map((event) => `${event.stream}@${event.revision}`)).toEqual([
        `${plan}@0`,
        `${plan}@1`,
        `${initiative}@0`,
        `${plan}@2`,
        `${plan}@3`,
      ]);
      const positions = all.map((event) => event.position);
      expect(positions.every((position, index) => index === 0 || position > positions[index - 1])).toBe(true);
    });

    it('reads after a position, exclusively, and at most a count of events', async () => {
      const stream = uniqueStream('plan');
      const head = await store().headPosition();
      const events = newEvents(6);
      await store().append(stream, events, 'no_stream');
      const written = await readAllAfter(store(), head);

      const rest = await collect(store().readAll({ after: written[2].position }));
      const two = await collect(store().readAll({ after: written[0].position, maxCount: 2 }));

      expectSameEvents(rest, events.slice(3));
      expectSameEvents(two, events.slice(1, 3));
    });

    it('filters by stream prefix and by event type', async () => {
      const tag = randomUUID().slice(0, 8);
      const head = await store().headPosition();
      const planStream = `plan${tag}-1`;
      const initiativeStream = `initiative${tag}-1`;
      const figureStream = `indicator${tag}-1`;
      const adopted = newEvents(2, 'PlanAdopted');
      const proposed = newEvents(1, 'PlanProposed');
      const started = newEvents(2, 'InitiativeStarted');
      const published = newEvents(1, 'FigurePublished');
      await store().append(planStream, [...proposed, ...adopted], 'no_stream');
      await store().append(initiativeStream, started, 'no_stream');
      await store().append(figureStream, published, 'no_stream');
      const after = head ?? undefined;

      const byPrefix = await collect(store().readAll({ after, filter: { streamPrefixes: [`plan${tag}-`, `indicator${tag}-`] } }));
      const byType = await collect(store().readAll({ after, filter: { eventTypes: ['PlanAdopted', 'InitiativeStarted'] } }));
      const both = await collect(
        store().readAll({ after, filter: { streamPrefixes: [`plan${tag}-`], eventTypes: ['PlanAdopted'] } }),
      );

      expect(idsOf(byPrefix)).toEqual(idsOf([...proposed, ...adopted, ...published]));
      expect(idsOf(byType)).toEqual(idsOf([...adopted, ...started]));
      expect(idsOf(both)).toEqual(idsOf(adopted));
    });
  });

  describe('readAllPages', () => {
    it('gives what readAll gives, for every option, in pages that are never empty and end at their last position', async () => {
      const head = await store().headPosition();
      const tag = randomUUID().slice(0, 8);
      const [plan, initiative] = [`plan${tag}-1`, `initiative${tag}-1`];
      await store().append(plan, newEvents(3, 'PlanAdopted'), 'no_stream');
      await store().append(initiative, newEvents(2, 'InitiativeStarted'), 'no_stream');
      await store().append(plan, newEvents(2, 'PlanAdopted'), 2);
      const after = head ?? undefined;
      const written = await readAllAfter(store(), head);

      const cases: ReadAllOptions[] = [
        { after },
        { after: written[1].position },
        { after, maxCount: 4 },
        { after, filter: { streamPrefixes: [`initiative${tag}-`] } },
        { after: written.at(-1)!.position },
      ];
      for (const options of cases) {
        const pages: EventPage[] = [];
        for await (const page of store().readAllPages(options)) pages.push(page);
        const events = pages.flatMap((page) => Array.from({ length: page.length }, (_, index) => page.event(index)));

        expect(events).toEqual(await collect(store().readAll(options)));
        for (const page of pages) {
          expect(page.length).toBeGreaterThan(0);
          expect(page.lastPosition).toBe(page.event(page.length - 1).position);
        }
      }
    });
  });

  it('answers ping while the store is reachable', async () => {
    await expect(store().ping()).resolves.toBeUndefined();
  });
}
