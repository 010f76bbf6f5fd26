import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import { decision, initiativeHead, type InitiativeHead } from '../../projections/domain/compact-data.js';
import { listLater } from '../../projections/domain/deferred-listings.js';
import { amendRecord, findRecord, recordTime, versioned, type Versioned } from '../../projections/domain/versioned.js';
import type { Projection } from '../../projections/projection.js';
import { emptyInitiatives, type InitiativeRecord, type InitiativesState, type TransitionRecord } from './initiatives-state.js';

/**
 * Initiatives on their own, with records of their own. The runner feeds them
 * from the ledger projection instead, sharing the timeline's records; both go
 * through `initiativeRecorded` and `initiativeAmended`.
 */
export const initiativesProjection: Projection<InitiativesState> = {
  name: 'initiatives',
  initialState: emptyInitiatives,
  apply: (state, event) => {
    applyToInitiatives(state, event);
    return state;
  },
};

function applyToInitiatives(state: InitiativesState, event: StoredLedgerEvent): void {
  if (streamCategory(event.stream) !== 'initiative') return;
  switch (event.type) {
    case 'InitiativeRegistered':
      if (state.initiatives.get(event.stream)?.head) return;
      return initiativeRecorded(state, event.stream, { ...versioned(event, initiativeHead(event)), type: event.type });
    case 'InitiativeDecided':
    case 'InitiativeStarted':
    case 'InitiativeScaledUp':
    case 'InitiativeMadePermanent':
    case 'InitiativeEnded': {
      const known = state.initiatives.get(event.stream);
      if (known && findRecord(known.transitions, event.id)) return;
      return initiativeRecorded(state, event.stream, { ...versioned(event, decision(event)), type: event.type });
    }
    case 'RecordCorrected':
    case 'RecordRetracted': {
      const initiative = state.initiatives.get(event.stream);
      const amendment = event as StoredLedgerEvent<RecordCorrected | RecordRetracted>;
      const targetId = amendment.type === 'RecordCorrected' ? amendment.data.correctedEventId : amendment.data.retractedEventId;
      const target: Versioned<unknown> | undefined =
        initiative && (initiative.head?.eventId === targetId ? initiative.head : findRecord(initiative.transitions, targetId));
      if (target && amendRecord(target, amendment)) initiativeAmended(state, event.stream, target, recordTime(event));
      return;
    }
    default:
      return;
  }
}

/** The initiative of an initiative stream, made at its first event. */
export function initiativeOf(state: InitiativesState, stream: string): InitiativeRecord {
  let initiative = state.initiatives.get(stream);
  if (!initiative) state.initiatives.set(stream, (initiative = { id: streamId(stream), head: null, transitions: [], version: 0, cache: null, listCache: null }));
  return initiative;
}

function changed(state: InitiativesState, initiative: InitiativeRecord, recordedAt: number): void {
  initiative.version++;
  state.version++;
  if (recordedAt > state.maxRecordedAt) state.maxRecordedAt = recordedAt;
}

function list(state: InitiativesState, initiative: InitiativeRecord): void {
  const head = initiative.head!.current;
  listLater(state.unlisted, state.byKind, head.kind, initiative);
  if (head.program) listLater(state.unlisted, state.byProgram, head.program, initiative);
}

/** A new event (not a redelivery: the caller checked) of the initiative stream `stream`, whose initiative the caller may have at hand. */
export function initiativeRecorded(state: InitiativesState, stream: string, record: Versioned<unknown> & { readonly type: string }, initiative = initiativeOf(state, stream)): void {
  if (record.type === 'InitiativeRegistered') {
    if (initiative.head) return;
    initiative.head = record as Versioned<InitiativeHead>;
    list(state, initiative);
  } else {
    initiative.transitions.push(record as TransitionRecord);
  }
  changed(state, initiative, record.recordedAt);
}

/** One of the initiative's records was corrected or retracted (already applied to the record). */
export function initiativeAmended(state: InitiativesState, stream: string, record: Versioned<unknown>, recordedAt: number, initiative = state.initiatives.get(stream)): void {
  if (!initiative) return;
  if (record === initiative.head) list(state, initiative);
  changed(state, initiative, recordedAt);
}
