import type { EventPage, RecordedEvent } from './event-store.port.js';

/** A page of events already made. */
export function arrayPage(events: readonly RecordedEvent[]): EventPage {
  return { length: events.length, event: (index) => events[index], lastPosition: events.at(-1)?.position };
}

/** The events of a store that reads one at a time, in pages of `size` (the last one shorter, none empty). */
export async function* inPages(events: AsyncIterable<RecordedEvent>, size: number): AsyncIterable<EventPage> {
  let page: RecordedEvent[] = [];
  for await (const event of events) {
    page.push(event);
    if (page.length === size) {
      yield arrayPage(page);
      page = [];
    }
  }
  if (page.length > 0) yield arrayPage(page);
}

/** The events of a store that reads in pages, one at a time. */
export async function* eventsOf(pages: AsyncIterable<EventPage>): AsyncIterable<RecordedEvent> {
  for await (const page of pages) for (let i = 0; i < page.length; i++) yield page.event(i);
}
