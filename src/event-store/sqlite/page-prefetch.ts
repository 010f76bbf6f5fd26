import { Worker } from 'node:worker_threads';
import type { EventPage, MetadataFields } from '../event-store.port.js';
import { textPage, type PageTexts } from './event-page.js';

interface PageMessage extends PageTexts {
  /** A JSON array of the shared values first used in this page, numbered on from the last page's. */
  readonly shared: string;
  /** The streams and types first read in this page, numbered on from the last page's (from 0 when `restartNames`). */
  readonly names: readonly string[];
  readonly restartNames: boolean;
  readonly final: boolean;
}

const CREDIT = 0;
const STOP = 1;
/** Pages read ahead of the one being applied. */
const AHEAD = 4;
const WORKER = new URL('./page-reader.worker.mjs', import.meta.url);
/** A million-event ledger has about 225 000 streams. */
const NAMES_LIMIT = 1_000_000;

export interface PrefetchOptions {
  readonly path: string;
  /** The statement reading a page: `position > ?` and `LIMIT ?`, columns as readerColumns(metadata). */
  readonly sql: string;
  readonly after: number;
  readonly pageSize: number;
  /** The metadata fields to deliver; all when omitted. */
  readonly metadata?: MetadataFields;
  /** Stream and type names numbered before the numbering starts again (see SqliteEventStoreOptions.readerNamesLimit). */
  readonly namesLimit?: number;
}

/**
 * Reads the log's pages in a worker thread, ahead of the main thread that
 * applies them. A long catch-up (start-up, a rebuild) is then two pipelined
 * halves on two cores: SQLite stepping and string making there, parsing and
 * the projections here. Pages come in order from `after` until a short page;
 * each is taken once, in turn, and the reader never holds more than AHEAD
 * pages the main thread has not taken.
 */
export class PagePrefetch {
  private readonly worker: Worker;
  private readonly signals = new Int32Array(new SharedArrayBuffer(8));
  private readonly received: PageMessage[] = [];
  private readonly fields: MetadataFields;
  /** The metadata values the reader thread sent once for many events (see textPage), by number. */
  private readonly shared: unknown[] = [];
  /** Streams and types by the reader thread's numbers. */
  private readonly names: string[] = [];
  private waiting: { resolve: (page: PageMessage) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private done = false;
  /** The position the next page follows: a request for any other is not this reader's. */
  private next: number;

  constructor(options: PrefetchOptions) {
    this.next = options.after;
    this.fields = options.metadata ?? [];
    Atomics.store(this.signals, CREDIT, AHEAD);
    this.worker = new Worker(WORKER, { workerData: { path: options.path, sql: options.sql, after: options.after, pageSize: options.pageSize, metadata: options.metadata ?? null, namesLimit: options.namesLimit ?? NAMES_LIMIT, signals: this.signals } });
    this.worker.unref();
    this.worker.on('message', (message: PageMessage) => this.receive(message));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`Läsartråden avslutades med kod ${code}`));
    });
  }

  /** Whether the thread is done: it gave its last page, failed, or was closed. */
  get finished(): boolean {
    return this.done;
  }

  /** Whether the page after `after` is this reader's to give. */
  follows(after: number | undefined): boolean {
    return !this.done && (after ?? 0) === this.next;
  }

  /** The next page; the last one is short (or empty), and the reader is finished with it. */
  async take(): Promise<EventPage> {
    const message = this.received.shift() ?? (await this.arrival());
    if (message.final) this.close();
    else {
      Atomics.add(this.signals, CREDIT, 1);
      Atomics.notify(this.signals, CREDIT);
    }
    this.next = message.last;
    for (const value of JSON.parse(message.shared) as unknown[]) this.shared.push(Object.freeze(value));
    if (message.restartNames) this.names.length = 0;
    for (const name of message.names) this.names.push(name);
    return textPage(message, this.fields, this.shared, this.names);
  }

  close(): void {
    if (this.done) return;
    this.done = true;
    Atomics.store(this.signals, STOP, 1);
    Atomics.notify(this.signals, CREDIT);
    void this.worker.terminate();
  }

  private arrival(): Promise<PageMessage> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.reject(new Error('Läsartråden är stängd'));
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  private receive(message: PageMessage): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting.resolve(message);
    else this.received.push(message);
  }

  private fail(error: Error): void {
    if (this.done && !this.waiting) return;
    this.failure = error;
    this.done = true;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}
