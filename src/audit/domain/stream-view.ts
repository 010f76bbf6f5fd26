import type { AsOf } from '../../projections/domain/versioned.js';

/** An event as the store holds it, for the audit. */
export interface AuditEvent {
  readonly id: string;
  readonly type: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export interface Amendment {
  readonly eventId: string;
  readonly type: 'RecordCorrected' | 'RecordRetracted';
  readonly recordedAt: string | null;
  readonly principal: string | null;
  readonly reason: string | null;
  readonly fields: Record<string, unknown> | null;
}

export interface AuditStreamEntry extends AuditEvent {
  /** Corrections and retractions of this event, in log order. */
  readonly amendedBy: readonly Amendment[];
  /** For a correction or retraction: the event it amends. */
  readonly amends: string | null;
}

export interface AuditStream {
  readonly stream: string;
  readonly events: readonly AuditStreamEntry[];
}

const recordedAtOf = (event: AuditEvent) => (typeof event.metadata.recordedAt === 'string' ? event.metadata.recordedAt : null);

function targetOf(event: AuditEvent): string | null {
  if (event.type === 'RecordCorrected') return String(event.data.correctedEventId);
  if (event.type === 'RecordRetracted') return String(event.data.retractedEventId);
  return null;
}

/** Every event of a stream with its metadata, each listing the corrections and retractions made to it. */
export function auditStream(stream: string, events: readonly AuditEvent[], asOf: AsOf): AuditStream {
  const known = asOf === null ? events : events.filter((e) => Date.parse(recordedAtOf(e) ?? '') <= asOf);
  const amendments = new Map<string, Amendment[]>();
  for (const event of known) {
    const target = targetOf(event);
    if (!target) continue;
    const list = amendments.get(target) ?? [];
    list.push({
      eventId: event.id,
      type: event.type as Amendment['type'],
      recordedAt: recordedAtOf(event),
      principal: typeof event.metadata.principal === 'string' ? event.metadata.principal : null,
      reason: typeof event.data.reason === 'string' ? event.data.reason : null,
      fields: event.type === 'RecordCorrected' ? ((event.data.fields as Record<string, unknown>) ?? null) : null,
    });
    amendments.set(target, list);
  }
  return {
    stream,
    events: known.map((event) => ({ ...event, amendedBy: amendments.get(event.id) ?? [], amends: targetOf(event) })),
  };
}
