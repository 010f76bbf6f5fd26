export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Serialized answers by query, valid while the read models stay at one
 * checkpoint. Many clients asking the same question between two writes get
 * the same bytes without rebuilding or re-serializing them; the first
 * event applied after that makes every answer stale. Bounded: when full it
 * starts over rather than track recency.
 * Kept as the UTF-8 bytes sent, not as text: a string is encoded again for
 * every response, about 22 µs for the 15 KB of a timeline page with å, ä
 * and ö in it (a Latin-1 string that is not ASCII takes V8's slow path).
 */
export class AnswerCache {
  private readonly answers = new Map<string, Buffer>();
  private checkpoint: number | null | undefined;

  constructor(private readonly capacity = 1_000) {}

  /** The cached answer to `key` at `checkpoint`, or the one `answer` makes (and caches). */
  get(key: string, checkpoint: number | null, answer: () => unknown): Buffer {
    if (checkpoint !== this.checkpoint) {
      this.answers.clear();
      this.checkpoint = checkpoint;
    }
    let body = this.answers.get(key);
    if (body === undefined) {
      body = Buffer.from(JSON.stringify(answer()));
      if (this.answers.size >= this.capacity) this.answers.clear();
      this.answers.set(key, body);
    }
    return body;
  }
}

/** A cache key for a route and its query, independent of parameter order; `minPosition` only waits, so it is left out. */
export function answerKey(route: string, query: Readonly<Record<string, unknown>>): string {
  const parts = Object.keys(query)
    .filter((name) => name !== 'minPosition')
    .sort()
    .map((name) => `${name}=${String(query[name])}`);
  return `${route}?${parts.join('&')}`;
}
