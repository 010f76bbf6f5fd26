import { StreamNotFoundError, type EventStore, type RecordedEvent } from '../event-store/event-store.port.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { PROJECTIONS } from '../projections/ledger-projections.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import type { AsOf } from '../projections/domain/versioned.js';
import { queryAudit, type AuditQuery } from './domain/audit-query.js';
import type { AuditState } from './domain/audit-state.js';
import { auditStream, type AuditEvent, type AuditStream } from './domain/stream-view.js';
import { ChainVerifier, type ChainReport } from './domain/verify-chains.js';
import { verifyLog } from './verify-log.js';

export interface AuditEventsPage {
  readonly total: number;
  readonly items: readonly AuditEvent[];
  readonly nextCursor: number | null;
}

const auditEvent = (e: RecordedEvent): AuditEvent => ({
  id: e.id,
  type: e.type,
  stream: e.stream,
  revision: e.revision,
  position: e.position,
  data: e.data,
  metadata: e.metadata,
});

/**
 * The audit: who recorded what, when, on which source. The index (projection)
 * filters and counts; the events shown are read back from the store, so the
 * audit shows exactly what is stored, and verification reads the store too.
 */
export class AuditService {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly store: EventStore,
  ) {}

  async events(query: AuditQuery): Promise<AuditEventsPage> {
    const page = queryAudit(this.runner.state<AuditState>(PROJECTIONS.audit), query);
    const items = await Promise.all(
      page.refs.map(async (ref) => {
        const [event] = await this.store.readStream(ref.stream, { fromRevision: ref.revision, maxCount: 1 });
        return auditEvent(event);
      }),
    );
    return { total: page.total, items, nextCursor: page.nextCursor };
  }

  async stream(stream: string, asOf: AsOf = null): Promise<AuditStream> {
    let events: RecordedEvent[];
    try {
      events = await this.store.readStream(stream);
    } catch (error) {
      if (error instanceof StreamNotFoundError) throw new DomainError('STREAM.NOT_FOUND', `Strömmen "${stream}" finns inte`, 'stream', 'known-stream');
      throw error;
    }
    return auditStream(stream, events.map(auditEvent), asOf);
  }

  /** Recomputes every stream's hash chain from the store; a large log takes seconds, so it yields as it goes. */
  async verify(): Promise<ChainReport> {
    const verifier = new ChainVerifier();
    await verifyLog(this.store, verifier, undefined);
    return verifier.report();
  }
}
