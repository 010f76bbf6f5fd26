import { LEDGER_EVENT_TYPES } from '../../ledger/domain/ledger-event.js';
import { eventHash, type HashableEvent } from '../../ledger/domain/hash-chain.js';

export type ChainProblem = 'hash-mismatch' | 'previous-hash-mismatch' | 'missing-hash' | 'revision-gap';

export interface BrokenLink {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly problem: ChainProblem;
  readonly expected: string | number | null;
  readonly actual: string | number | null;
  /** In Swedish, naming the event and stream. */
  readonly message: string;
}

export interface ChainReport {
  readonly ok: boolean;
  readonly events: number;
  readonly streams: number;
  /** How many links failed (each stored event is judged against its stored predecessor, so one edit breaks one link). */
  readonly brokenLinks: number;
  readonly firstBroken: BrokenLink | null;
}

export interface ChainEvent extends HashableEvent {
  readonly position: number;
}

const LEDGER_TYPES = new Set<string>(LEDGER_EVENT_TYPES);

const MESSAGES: Record<ChainProblem, (e: ChainEvent) => string> = {
  'hash-mismatch': (e) => `Händelsen ${e.id} i strömmen ${e.stream} (revision ${e.revision}) har ändrats efter att den skrevs: hashen stämmer inte med innehållet.`,
  'previous-hash-mismatch': (e) => `Händelsen ${e.id} i strömmen ${e.stream} (revision ${e.revision}) pekar inte på föregående händelses hash: kedjan är bruten.`,
  'missing-hash': (e) => `Händelsen ${e.id} i strömmen ${e.stream} (revision ${e.revision}) saknar hash.`,
  'revision-gap': (e) => `Strömmen ${e.stream} saknar händelser före revision ${e.revision} (händelsen ${e.id}).`,
};

/**
 * Recomputes every stream's hash chain, fed the log in order. Each event's
 * hash must match its content and its `previousHash` the stored hash of the
 * event before it in the stream. Events of other kinds than the ledger's
 * (API keys) carry no chain and are skipped.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, { revision: number; hash: string | null }>();
  private events = 0;
  private brokenLinks = 0;
  private firstBroken: BrokenLink | null = null;

  add(event: ChainEvent): void {
    const stored = typeof event.metadata.hash === 'string' ? event.metadata.hash : null;
    if (!LEDGER_TYPES.has(event.type) && stored === null) return;
    this.events++;
    const head = this.heads.get(event.stream);
    const previous = typeof event.metadata.previousHash === 'string' ? event.metadata.previousHash : null;
    const expectedRevision = head ? head.revision + 1 : 0;
    if (stored === null) this.broken(event, 'missing-hash', 'sha256', null);
    else if (event.revision !== expectedRevision) this.broken(event, 'revision-gap', expectedRevision, event.revision);
    else if (previous !== (head?.hash ?? null)) this.broken(event, 'previous-hash-mismatch', head?.hash ?? null, previous);
    else {
      const computed = eventHash(event);
      if (computed !== stored) this.broken(event, 'hash-mismatch', computed, stored);
    }
    this.heads.set(event.stream, { revision: event.revision, hash: stored });
  }

  report(): ChainReport {
    return { ok: this.brokenLinks === 0, events: this.events, streams: this.heads.size, brokenLinks: this.brokenLinks, firstBroken: this.firstBroken };
  }

  private broken(event: ChainEvent, problem: ChainProblem, expected: string | number | null, actual: string | number | null): void {
    this.brokenLinks++;
    this.firstBroken ??= {
      eventId: event.id,
      stream: event.stream,
      revision: event.revision,
      position: event.position,
      problem,
      expected,
      actual,
      message: MESSAGES[problem](event),
    };
  }
}
