import { EventEmitter } from 'node:events';

/** An event as the double keeps it: bytes as the client sent them, positions as EventStoreDB reports them. */
export interface StoredEvent {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** Commit position; the double sets prepare to the same value, as EventStoreDB does for single-stream appends. */
  readonly position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, the unit of the `created` metadata entry. */
  readonly createdTicks: bigint;
}

export type ProposedEvent = Omit<StoredEvent, 'stream' | 'revision' | 'position' | 'createdTicks'>;

export type Expectation =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: number };

export type AppendOutcome =
  | { readonly kind: 'success'; readonly revision: number; readonly position: bigint }
  | { readonly kind: 'wrong_expected_version'; readonly current: number | null };

/**
 * The double's storage: one ordered log plus per-stream indexes, kept across
 * server restarts. Positions grow by a made-up record size so they behave like
 * EventStoreDB's byte offsets (increasing, not contiguous, never 0).
 */
export class InMemoryLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byId = new Map<string, StoredEvent>();
  private readonly appended = new EventEmitter();
  private nextPosition = 1_024n;

  constructor(private readonly clock: () => number = Date.now) {
    this.appended.setMaxListeners(0);
  }

  stream(name: string): readonly StoredEvent[] | undefined {
    return this.streams.get(name);
  }

  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /**
   * Idempotent like EventStoreDB: when the ids are already stored in this stream,
   * consecutively, where the expectation puts them, the original result comes back
   * and nothing is written; any other use of a stored id is a conflict.
   */
  append(stream: string, expectation: Expectation, proposed: readonly ProposedEvent[]): AppendOutcome {
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length - 1;
    if (proposed.some((event) => this.byId.has(event.id))) return this.resend(stream, expectation, proposed, current);
    if (!accepts(expectation, current)) return { kind: 'wrong_expected_version', current: current < 0 ? null : current };
    const createdTicks = BigInt(this.clock()) * 10_000n;
    for (const [offset, event] of proposed.entries()) {
      const stored: StoredEvent = { ...event, stream, revision: current + 1 + offset, position: this.nextPosition, createdTicks };
      this.nextPosition += BigInt(64 + stream.length + event.type.length + event.data.length + event.customMetadata.length);
      existing.push(stored);
      this.all.push(stored);
      this.byId.set(event.id, stored);
    }
    this.streams.set(stream, existing);
    this.appended.emit('appended');
    const last = existing[existing.length - 1];
    return { kind: 'success', revision: last.revision, position: last.position };
  }

  private resend(stream: string, expectation: Expectation, proposed: readonly ProposedEvent[], current: number): AppendOutcome {
    const stored = proposed.map((event) => this.byId.get(event.id));
    const first = stored[0];
    const last = stored[stored.length - 1];
    const inPlace =
      first !== undefined &&
      last !== undefined &&
      stored.every((event, index) => event?.stream === stream && event.revision === first.revision + index) &&
      placedAsExpected(expectation, first.revision);
    if (!inPlace) return { kind: 'wrong_expected_version', current: current < 0 ? null : current };
    return { kind: 'success', revision: last.revision, position: last.position };
  }
}

/** Where the expectation says a re-sent append's first event must already sit. */
function placedAsExpected(expectation: Expectation, firstRevision: number): boolean {
  if (expectation.kind === 'no_stream') return firstRevision === 0;
  if (expectation.kind === 'revision') return firstRevision === expectation.revision + 1;
  return true;
}

function accepts(expectation: Expectation, current: number): boolean {
  switch (expectation.kind) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    case 'revision':
      return current === expectation.revision;
  }
}
