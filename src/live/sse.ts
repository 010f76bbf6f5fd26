/** Server-sent events wire format (HTML Living Standard, "Server-sent events"). */

export interface SseMessage {
  /** Becomes the client's Last-Event-ID: the global position. */
  readonly id: string;
  readonly event: string;
  readonly data: unknown;
}

/** One message; the JSON is on one `data:` line since JSON.stringify never emits a raw line break. */
export function sseMessage(message: SseMessage): string {
  return `id: ${message.id}\nevent: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`;
}

/** A comment line: ignored by clients, keeps proxies and idle timers from closing the connection. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

/** How long a client waits before reconnecting after a lost connection. */
export function sseRetry(milliseconds: number): string {
  return `retry: ${Math.round(milliseconds)}\n\n`;
}

export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  // Stops nginx and similar proxies from holding events back in a buffer.
  'X-Accel-Buffering': 'no',
};

/**
 * The position to resume after: the Last-Event-ID header a reconnecting
 * EventSource sends wins over the `lastEventId` query a page starts with.
 * Returns null when neither is given; undefined when one is malformed.
 */
export function resumePosition(header: string | undefined, query: string | undefined): number | null | undefined {
  const value = header !== undefined && header !== '' ? header : query;
  if (value === undefined || value === '') return null;
  return /^\d{1,16}$/.test(value) ? Number(value) : undefined;
}
