import type { Event } from '../../ledger/domain/event.js';

/** Rättelse: some fields of an earlier event were wrong. The original stays; this event is on the same stream. */
export type RecordCorrected = Event<
  'RecordCorrected',
  { correctedEventId: string; correctedType: string; fields: Record<string, unknown>; reason: string }
>;

/** Återtagen: an earlier event should not have been recorded. It leaves the timeline, never the audit. */
export type RecordRetracted = Event<
  'RecordRetracted',
  { retractedEventId: string; retractedType: string; reason: string }
>;

export type CorrectionEvent = RecordCorrected | RecordRetracted;
