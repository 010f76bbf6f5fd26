import type { EventStore } from '../../event-store/event-store.port.js';

/** Streams whose events can be corrected or retracted. */
export const LEDGER_STREAM_PREFIXES = ['plan-', 'initiative-', 'indicator-'] as const;

/**
 * Finds the stream an event id belongs to, for corrections and retractions.
 * The index is built from the store itself and caught up only when an id is
 * missing, so it sees events written by other replicas and needs no projection
 * runner; it holds one short entry per ledger event.
 */
export class EventLocator {
  private readonly streamById = new Map<string, string>();
  private after: number | undefined;
  private catchingUp: Promise<void> | null = null;

  constructor(private readonly store: EventStore) {}

  async streamOf(eventId: string): Promise<string | null> {
    if (!this.streamById.has(eventId)) {
      // A catch-up already under way may have read past the log's end before this event was written.
      const joined = this.catchingUp !== null;
      await this.catchUp();
      if (joined && !this.streamById.has(eventId)) await this.catchUp();
    }
    return this.streamById.get(eventId) ?? null;
  }

  /** Remembers an event this process just wrote, so correcting it needs no read. */
  remember(eventId: string, stream: string): void {
    this.streamById.set(eventId, stream);
  }

  private catchUp(): Promise<void> {
    this.catchingUp ??= this.readNewEvents().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private async readNewEvents(): Promise<void> {
    const filter = { streamPrefixes: LEDGER_STREAM_PREFIXES };
    for await (const event of this.store.readAll({ after: this.after, filter })) {
      this.streamById.set(event.id, event.stream);
      this.after = event.position;
    }
  }
}
