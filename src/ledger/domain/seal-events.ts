import { eventHash } from './hash-chain.js';
import { SCHEMA_VERSION, type LedgerMetadata } from './metadata.js';
import type { Source } from './vocabulary.js';

/** What the handler knows about a command when it seals the events it decided. */
export interface SealContext {
  readonly principal: string;
  readonly recordedAt: Date;
  readonly source: Source;
  readonly correlationId: string;
  readonly causationId: string;
  readonly idempotencyKey?: string;
}

/** The end of a stream the new events chain onto; null for a new stream. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

/** LedgerMetadata as a plain record type, so sealed events fit the store's `NewEvent`. */
export type SealedMetadata = { readonly [K in keyof LedgerMetadata]: LedgerMetadata[K] };

export interface SealedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: SealedMetadata;
}

/**
 * Gives each decided event its metadata and links it into the stream's hash
 * chain: `previousHash` is the hash of the event before it, `hash` its own, so
 * altering any stored event (the last one included) breaks verification.
 */
export function sealEvents(
  stream: string,
  head: StreamHead | null,
  events: readonly { readonly type: string; readonly data: Record<string, unknown> }[],
  ids: readonly string[],
  context: SealContext,
): SealedEvent[] {
  let previousHash = head?.hash ?? null;
  let revision = head?.revision ?? -1;
  return events.map((event, index) => {
    revision += 1;
    const unsealed = {
      principal: context.principal,
      recordedAt: context.recordedAt.toISOString(),
      source: context.source,
      correlationId: context.correlationId,
      causationId: context.causationId,
      schemaVersion: SCHEMA_VERSION,
      previousHash,
      ...(context.idempotencyKey === undefined ? {} : { idempotencyKey: context.idempotencyKey }),
    };
    const hash = eventHash({ id: ids[index], stream, revision, type: event.type, data: event.data, metadata: unsealed });
    previousHash = hash;
    return { id: ids[index], type: event.type, data: event.data, metadata: { ...unsealed, hash } };
  });
}

/** The head of a stream as read back: its stored hash, or the hash recomputed for an event stored without one. */
export function headOf(last: { id: string; stream: string; revision: number; type: string; data: unknown; metadata: Record<string, unknown> } | undefined): StreamHead | null {
  if (!last) return null;
  const stored = last.metadata.hash;
  return { revision: last.revision, hash: typeof stored === 'string' ? stored : eventHash(last) };
}
