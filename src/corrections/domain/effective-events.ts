/** The shape effective-event folding needs; both domain events with ids and stored events fit. */
export interface RecordLike {
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** One recorded event as it now stands. */
export interface RecordStatus {
  readonly id: string;
  readonly type: string;
  /** The data with every correction applied in order. */
  readonly data: Record<string, unknown>;
  readonly retracted: boolean;
  readonly corrections: number;
}

const isCorrectionType = (type: string) => type === 'RecordCorrected' || type === 'RecordRetracted';

/**
 * Every event of a stream by id, in stream order, corrections applied,
 * retractions marked. The map is built in place: a fold that copied it per
 * event would cost quadratic time on a plan with hundreds of adoptions.
 */
export function recordsOf(events: readonly RecordLike[]): ReadonlyMap<string, RecordStatus> {
  const records = new Map<string, RecordStatus>();
  for (const event of events) {
    if (event.type === 'RecordCorrected') {
      const target = records.get(String(event.data.correctedEventId));
      const fields = event.data.fields as Record<string, unknown>;
      if (target) records.set(target.id, { ...target, data: { ...target.data, ...fields }, corrections: target.corrections + 1 });
    } else if (event.type === 'RecordRetracted') {
      const target = records.get(String(event.data.retractedEventId));
      if (target) records.set(target.id, { ...target, retracted: true });
    } else {
      records.set(event.id, { id: event.id, type: event.type, data: event.data, retracted: false, corrections: 0 });
    }
  }
  return records;
}

/**
 * The events of a stream as the record now reads: corrections applied to the
 * data, retracted events left out, the correction events themselves consumed.
 * Aggregates fold these, so a retracted adoption no longer blocks a new one.
 */
export function effectiveEvents<E extends RecordLike>(events: readonly E[]): E[] {
  const records = recordsOf(events);
  return events.flatMap((event) => {
    if (isCorrectionType(event.type)) return [];
    const record = records.get(event.id);
    if (!record || record.retracted) return [];
    return [record.corrections === 0 ? event : { ...event, data: record.data }];
  });
}
