import type { EventPage } from '../event-store.port.js';
import type { PagePrefetch } from './page-prefetch.js';

/**
 * The pages of one reading of the log (a subscription, a readAll): from a
 * reader thread while it has them, here otherwise. The first request decides
 * whether a reader is worth starting (`startReader`, which says no for a short
 * stretch); once the reader has given its last page, or a request is not for
 * the page it holds next, reading goes on here. A reader that fails is only
 * a lost speed-up: the same page is read here, and a real fault of the file
 * shows there.
 */
export class CatchUpPages {
  private reader: PagePrefetch | null = null;
  private asked = false;

  constructor(
    private readonly readHere: (after: number | undefined, limit: number) => EventPage,
    private readonly startReader: (after: number | undefined) => PagePrefetch | null,
    private readonly pageSize: number,
  ) {}

  read(after: number | undefined, limit: number): EventPage | Promise<EventPage> {
    if (!this.asked) {
      this.asked = true;
      if (limit === this.pageSize) this.reader = this.startReader(after);
    }
    const reader = this.reader;
    if (reader === null) return this.readHere(after, limit);
    if (limit !== this.pageSize || !reader.follows(after)) {
      this.close();
      return this.readHere(after, limit);
    }
    return reader.take().catch(() => {
      this.close();
      return this.readHere(after, limit);
    });
  }

  close(): void {
    this.reader?.close();
    this.reader = null;
  }
}
