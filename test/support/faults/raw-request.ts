import { request } from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Sent as is: the path and query string exactly as generated, already percent-encoded where needed. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface RawAnswer {
  readonly status: number;
  readonly contentType: string;
  /** The body, or its first 64 KiB for a stream that does not end (server-sent events). */
  readonly body: string;
}

const MAX_BODY = 64 * 1024;
const ANSWER_WITHIN_MS = 20_000;

/**
 * One request over a real socket, bypassing fetch's URL normalisation so odd
 * paths and query strings reach the server as generated. A response that
 * keeps streaming (GET /events/live) is cut once its head has arrived.
 */
export function rawRequest(baseUrl: string, raw: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, method: raw.method, path: raw.path, headers: raw.headers }, (response) => {
      const contentType = String(response.headers['content-type'] ?? '');
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => resolve({ status: response.statusCode ?? 0, contentType, body: Buffer.concat(chunks).toString('utf8') });
      if (contentType.startsWith('text/event-stream')) {
        finish();
        outgoing.destroy();
        return;
      }
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY) chunks.push(chunk);
      });
      response.on('end', finish);
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    // A server that never answers fails the test with the request, instead of stalling it until jest gives up.
    outgoing.setTimeout(ANSWER_WITHIN_MS, () => outgoing.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms: ${raw.method} ${raw.path}`)));
    outgoing.end(raw.body);
  });
}
