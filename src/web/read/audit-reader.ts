import type { AuditService } from '../../audit/audit.service.js';
import type { AuditEvent } from '../../audit/domain/stream-view.js';
import type { ChainWatch } from '../../audit/chain-watch.js';
import { LEDGER_EVENT_TYPES } from '../../ledger/domain/ledger-event.js';
import type { Source } from '../../ledger/domain/vocabulary.js';
import type { AsOf } from '../../projections/domain/versioned.js';
import type { AuditEventView, AuditFilterView, AuditPageView, StreamHistoryView, VerificationView } from '../audit/audit-view.js';

const PAGE = 50;

export interface AuditRequest {
  readonly filters: AuditFilterView;
  /** Show events before this position (older pages). */
  readonly before: number | null;
  readonly asOf: AsOf;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function eventView(event: AuditEvent): AuditEventView {
  const meta = event.metadata;
  return {
    position: event.position,
    eventId: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    recordedAt: text(meta.recordedAt),
    principal: text(meta.principal) || 'okänd',
    source: typeof meta.source === 'object' && meta.source !== null ? (meta.source as Source) : null,
    correlationId: text(meta.correlationId),
    causationId: text(meta.causationId),
    hash: text(meta.hash),
    previousHash: typeof meta.previousHash === 'string' ? meta.previousHash : null,
    data: event.data,
  };
}

/** The audit view's content: verification of the whole store, a page of the log, and a stream's history. */
export class AuditReader {
  constructor(
    private readonly audit: AuditService,
    private readonly chains: ChainWatch,
  ) {}

  async read(request: AuditRequest): Promise<Omit<AuditPageView, 'olderHref' | 'newerHref'> & { readonly nextBefore: number | null }> {
    const { filters, asOf } = request;
    const page = await this.audit.events({
      principal: filters.principal || undefined,
      stream: filters.stream || undefined,
      types: filters.type ? [filters.type] : undefined,
      asOf: asOf ?? undefined,
      order: 'desc',
      cursor: request.before ?? undefined,
      limit: PAGE,
    });
    return {
      verification: await this.verification(),
      events: page.items.map(eventView),
      total: page.total,
      filters,
      types: LEDGER_EVENT_TYPES,
      history: filters.stream ? await this.history(filters.stream, asOf) : null,
      nextBefore: page.nextCursor,
    };
  }

  private async verification(): Promise<VerificationView> {
    const { report, through, head, checkedAt, interrupted } = await this.chains.status();
    const first = report.firstBroken;
    return {
      ok: report.ok,
      eventsChecked: report.events,
      streamsChecked: report.streams,
      brokenLinks: report.brokenLinks,
      problems: first ? [{ stream: first.stream, revision: first.revision, eventId: first.eventId, message: first.message }] : [],
      checkedAt,
      pending: head !== null && through !== head ? { through: through ?? 0, head } : null,
      interrupted,
    };
  }

  private async history(stream: string, asOf: AsOf): Promise<StreamHistoryView | null> {
    const view = await this.audit.stream(stream, asOf);
    const byId = new Map(view.events.map((e) => [e.id, e]));
    const entries = view.events
      .filter((e) => e.amends === null)
      .map((e) => ({ event: eventView(e), amendments: e.amendedBy.map((a) => byId.get(a.eventId)).filter((a): a is NonNullable<typeof a> => a !== undefined).map(eventView) }));
    const head = view.events.find((e) => e.type === 'PlanInitiated' || e.type === 'InitiativeRegistered');
    return { stream, title: head ? text(head.data.title) || null : null, entries };
  }
}
