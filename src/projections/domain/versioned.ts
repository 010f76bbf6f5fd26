import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';

/**
 * Record time of an answer: epoch milliseconds, or null for "now" (everything
 * the projection has applied). Null is the fast path: no filtering by record time.
 */
export type AsOf = number | null;

/** A correction or retraction as it applies to the record it amends. */
export interface Amendment {
  readonly eventId: string;
  readonly position: number;
  /** Record time, epoch ms. */
  readonly recordedAt: number;
  readonly principal: string;
  readonly reason: string;
}

export interface Correction extends Amendment {
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * One recorded event's data as the ledger knew it over record time. `current`
 * is the data with every correction applied, so "now" costs nothing; what
 * came before is in `amendments`, null for the records nobody amended: nearly
 * all of them, and three fields of their own in every record were 16 MB more at a million.
 * Projections own these objects and update them in place.
 */
export interface Versioned<T> {
  readonly eventId: string;
  readonly position: number;
  readonly recordedAt: number;
  current: T;
  amendments: Amendments<T> | null;
}

/** The data as first recorded, the corrections in log order, and a retraction if any. */
export interface Amendments<T> {
  readonly original: T;
  readonly corrections: Correction[];
  retraction: Amendment | null;
}

/** The corrections applied to a record, in log order. */
export const correctionsOf = (record: Versioned<unknown>): readonly Correction[] => record.amendments?.corrections ?? [];

/** The retraction of a record, or null while it stands. */
export const retractionOfRecord = (record: Versioned<unknown>): Amendment | null => record.amendments?.retraction ?? null;

const amendmentsOf = <T>(record: Versioned<T>): Amendments<T> => (record.amendments ??= { original: record.current, corrections: [], retraction: null });

let timedEvent: StoredLedgerEvent | null = null;
let timed = 0;

/** Record time in epoch ms. Every projection asks in turn for the same event, so the last answer is kept. */
export function recordTime(event: StoredLedgerEvent): number {
  if (event !== timedEvent) {
    timed = isoInstant(event.metadata.recordedAt);
    timedEvent = event;
  }
  return timed;
}

const ISO_SHAPE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const digits = (text: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};

/**
 * Record times are written by `Date.toISOString()` (`2023-01-10T09:00:00.000Z`);
 * reading those digits directly is several times faster than Date.parse, which
 * takes anything else.
 */
export function isoInstant(text: string): number {
  if (text.length === 24 && ISO_SHAPE.test(text)) {
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    // Days past the 28th, and anything odd, are left to Date.parse, so both always agree.
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour <= 23 && minute <= 59 && second <= 59) {
      const t = Date.UTC(digits(text, 0, 4), month - 1, day, hour, minute, second, digits(text, 20, 3));
      return t;
    }
  }
  return Date.parse(text);
}

/**
 * A new record. Records that carry more fields are written out as literals in
 * this same property order, never spread from this one: a spread gives every
 * object its own hidden class, which costs a kilobyte and a slow path per event.
 */
export function versioned<T>(event: StoredLedgerEvent, data: T): Versioned<T> {
  return { eventId: event.id, position: event.position, recordedAt: recordTime(event), current: data, amendments: null };
}

/** Only fields the original carries are corrected, so a stray field can never add meaning. */
function overlay<T>(data: T, fields: Readonly<Record<string, unknown>>): T {
  const next = { ...data } as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (key in next) next[key] = fields[key];
  return next as T;
}

export function correctionOf(event: StoredLedgerEvent<RecordCorrected>): Correction {
  const { principal } = event.metadata;
  return { eventId: event.id, position: event.position, recordedAt: recordTime(event), principal, reason: event.data.reason, fields: event.data.fields ?? {} };
}

export function retractionOf(event: StoredLedgerEvent<RecordRetracted>): Amendment {
  const { principal } = event.metadata;
  return { eventId: event.id, position: event.position, recordedAt: recordTime(event), principal, reason: event.data.reason };
}

/** Applies a correction once; false when this correction was already applied (a redelivery). */
export function applyCorrection<T>(record: Versioned<T>, correction: Correction): boolean {
  if (correctionsOf(record).some((c) => c.eventId === correction.eventId)) return false;
  amendmentsOf(record).corrections.push(correction);
  record.current = overlay(record.current, correction.fields);
  return true;
}

/** Applies a retraction once; the first retraction stands. */
export function applyRetraction<T>(record: Versioned<T>, retraction: Amendment): boolean {
  if (retractionOfRecord(record)) return false;
  amendmentsOf(record).retraction = retraction;
  return true;
}

/** Applies a correction or retraction event to its target record once; false for a redelivery. */
export function amendRecord<T>(record: Versioned<T>, event: StoredLedgerEvent<RecordCorrected | RecordRetracted>): boolean {
  return event.type === 'RecordCorrected' ? applyCorrection(record, correctionOf(event as StoredLedgerEvent<RecordCorrected>)) : applyRetraction(record, retractionOf(event as StoredLedgerEvent<RecordRetracted>));
}

/** Whether the record is part of the ledger's answer at `asOf`: recorded by then and not retracted by then. */
export function isVisibleAt(record: Versioned<unknown>, asOf: AsOf): boolean {
  const retraction = retractionOfRecord(record);
  if (asOf === null) return retraction === null;
  return record.recordedAt <= asOf && (retraction === null || retraction.recordedAt > asOf);
}

/** An event as an aggregate's decider folds it. */
export interface FoldableEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
}

/**
 * An aggregate's events as the ledger now reads them, for its own decider to
 * fold: the head (its data made by `headData`), then every record still
 * standing, corrections applied. Null when there is no head or it was retracted.
 */
export function eventsNow<H>(
  head: Versioned<H> | null,
  headType: string,
  headData: (current: H) => unknown,
  records: readonly (Versioned<unknown> & { readonly type: string })[],
): FoldableEvent[] | null {
  if (!head || !isVisibleAt(head, null)) return null;
  const events: FoldableEvent[] = [{ id: head.eventId, type: headType, data: headData(head.current) }];
  for (const record of records) if (isVisibleAt(record, null)) events.push({ id: record.eventId, type: record.type, data: record.current });
  return events;
}

/** The corrections the ledger knew of at `asOf`. */
export function correctionsAt(record: Versioned<unknown>, asOf: AsOf): readonly Correction[] {
  const corrections = correctionsOf(record);
  return asOf === null ? corrections : corrections.filter((c) => c.recordedAt <= asOf);
}

/** The data as the ledger knew it at `asOf`, or null when not visible then. */
export function viewAt<T>(record: Versioned<T>, asOf: AsOf): T | null {
  if (!isVisibleAt(record, asOf)) return null;
  return dataAt(record, asOf);
}

/** The data with the corrections known at `asOf`, visible or not (the audit shows retracted records too). */
export function dataAt<T>(record: Versioned<T>, asOf: AsOf): T {
  const amendments = record.amendments;
  if (asOf === null || amendments === null) return record.current;
  const known = correctionsAt(record, asOf);
  if (known.length === amendments.corrections.length) return record.current;
  return known.reduce((data, c) => overlay(data, c.fields), amendments.original);
}

/**
 * Whether an event is already among an aggregate's records (a redelivery).
 * Records are kept in log order, so only an event at or before the last
 * record's position can be one; everything else skips the scan.
 */
export function alreadyRecorded(records: readonly { readonly eventId: string; readonly position: number }[], event: StoredLedgerEvent): boolean {
  const last = records[records.length - 1];
  return last !== undefined && last.position >= event.position && findRecord(records, event.id) !== undefined;
}

/** Finds a record by event id in a small per-aggregate list (aggregates hold few events, so a scan beats a map's memory). */
export function findRecord<R extends { readonly eventId: string }>(records: readonly R[], eventId: string): R | undefined {
  for (const record of records) if (record.eventId === eventId) return record;
  return undefined;
}
