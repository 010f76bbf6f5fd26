import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Observable, Subscription } from 'rxjs';
import type { LiveEntry } from './live-entry.js';
import { SSE_HEADERS, sseComment, sseMessage, sseRetry } from './sse.js';

export interface LiveConnectionOptions {
  /** How often a comment is sent so idle connections stay open. */
  readonly heartbeatMs: number;
  /** A client this far behind is cut off; it reconnects and resumes from its Last-Event-ID. */
  readonly maxBufferedBytes: number;
  /** How long a client waits before reconnecting. */
  readonly retryMs: number;
}

export const DEFAULT_LIVE_OPTIONS: LiveConnectionOptions = { heartbeatMs: 15_000, maxBufferedBytes: 4 * 1024 * 1024, retryMs: 2_000 };

/**
 * The open server-sent-event connections. Each one holds one subscription,
 * released when the client goes away, the stream fails, or the app shuts
 * down (an open stream would otherwise keep the server from closing).
 */
export class LiveConnections {
  private readonly open = new Set<() => void>();

  constructor(
    private readonly options: LiveConnectionOptions = DEFAULT_LIVE_OPTIONS,
    private readonly onCountChange: (count: number) => void = () => undefined,
  ) {}

  get count(): number {
    return this.open.size;
  }

  serve(request: IncomingMessage, response: ServerResponse, entries: Observable<LiveEntry>): void {
    // A HEAD response has no body, and Node sends the head with the first body chunk: end it now or it never leaves.
    if (request.method === 'HEAD') {
      response.writeHead(200, SSE_HEADERS).end();
      return;
    }
    let closed = false;
    let subscription: Subscription | null = null;
    const socket = response.socket;
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      subscription?.unsubscribe();
      this.open.delete(close);
      this.onCountChange(this.open.size);
      // The socket served a stream, never a keep-alive request after it: close it so shutdown need not wait for it.
      if (!response.writableEnded) response.end(() => socket?.destroy());
      else socket?.destroy();
    };
    const write = (chunk: string) => {
      if (closed) return;
      response.write(chunk);
      if (response.writableLength > this.options.maxBufferedBytes) close();
    };
    response.writeHead(200, SSE_HEADERS);
    response.write(sseRetry(this.options.retryMs));
    response.write(sseComment('ansluten'));
    const heartbeat = setInterval(() => write(sseComment('hjärtslag')), this.options.heartbeatMs);
    this.open.add(close);
    this.onCountChange(this.open.size);
    request.on('close', close);
    response.on('close', close);
    subscription = entries.subscribe({
      next: (entry) => write(sseMessage({ id: String(entry.position), event: 'ledger', data: entry })),
      error: close,
      complete: close,
    });
    if (closed) subscription.unsubscribe();
  }

  /** Ends every open stream (at shutdown). */
  closeAll(): void {
    for (const close of [...this.open]) close();
  }
}
