import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { InitiativeEvent, InitiativeRegistered } from '../../initiatives/domain/initiative-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import { decision, initiativeHead } from '../../projections/domain/compact-data.js';
import {
  applyCorrection,
  applyRetraction,
  correctionOf,
  findRecord,
  recordTime,
  retractionOf,
  versioned,
  type Versioned,
} from '../../projections/domain/versioned.js';
import type { Projection } from '../../projections/projection.js';
import { listed } from '../../adoption/domain/plans-state.js';
import { emptyInitiatives, type InitiativeRecord, type InitiativesState, type TransitionRecord } from './initiatives-state.js';

/** Initiatives and their transitions (decided, started, scaled up, made permanent, ended): what program and team indicators read. */
export const initiativesProjection: Projection<InitiativesState> = {
  name: 'initiatives',
  initialState: emptyInitiatives,
  apply: (state, event) => {
    applyToInitiatives(state, event);
    return state;
  },
};

export function applyToInitiatives(state: InitiativesState, event: StoredLedgerEvent): void {
  switch (event.type) {
    case 'InitiativeRegistered':
      return register(state, event as StoredLedgerEvent<InitiativeRegistered>);
    case 'InitiativeDecided':
    case 'InitiativeStarted':
    case 'InitiativeScaledUp':
    case 'InitiativeMadePermanent':
    case 'InitiativeEnded':
      return transition(state, event as StoredLedgerEvent<InitiativeEvent>);
    case 'RecordCorrected':
    case 'RecordRetracted':
      return amend(state, event as StoredLedgerEvent<RecordCorrected | RecordRetracted>);
    default:
      return;
  }
}

function initiativeOf(state: InitiativesState, stream: string): InitiativeRecord | null {
  if (streamCategory(stream) !== 'initiative') return null;
  const id = streamId(stream);
  let initiative = state.initiatives.get(id);
  if (!initiative) state.initiatives.set(id, (initiative = { id, head: null, transitions: [], version: 0, cache: null }));
  return initiative;
}

function changed(state: InitiativesState, initiative: InitiativeRecord, recordedAt: number): void {
  initiative.version++;
  state.version++;
  if (recordedAt > state.maxRecordedAt) state.maxRecordedAt = recordedAt;
}

function list(state: InitiativesState, initiative: InitiativeRecord): void {
  const head = initiative.head!.current;
  listed(state.byKind, head.kind, initiative);
  if (head.program) listed(state.byProgram, head.program, initiative);
}

function register(state: InitiativesState, event: StoredLedgerEvent<InitiativeRegistered>): void {
  const initiative = initiativeOf(state, event.stream);
  if (!initiative || initiative.head) return;
  initiative.head = versioned(event, initiativeHead(event.data));
  list(state, initiative);
  changed(state, initiative, initiative.head.recordedAt);
}

function transition(state: InitiativesState, event: StoredLedgerEvent<InitiativeEvent>): void {
  const initiative = initiativeOf(state, event.stream);
  if (!initiative || findRecord(initiative.transitions, event.id)) return;
  const record: TransitionRecord = { ...versioned(event, decision(event)), type: event.type as TransitionRecord['type'] };
  initiative.transitions.push(record);
  changed(state, initiative, record.recordedAt);
}

function amend(state: InitiativesState, event: StoredLedgerEvent<RecordCorrected | RecordRetracted>): void {
  const initiative = streamCategory(event.stream) === 'initiative' ? state.initiatives.get(streamId(event.stream)) : undefined;
  if (!initiative) return;
  const targetId = event.type === 'RecordCorrected' ? event.data.correctedEventId : event.data.retractedEventId;
  const target: Versioned<unknown> | undefined =
    initiative.head?.eventId === targetId ? initiative.head : findRecord(initiative.transitions, targetId);
  if (!target) return;
  const applied = event.type === 'RecordCorrected' ? applyCorrection(target, correctionOf(event)) : applyRetraction(target, retractionOf(event));
  if (!applied) return;
  if (target === initiative.head) list(state, initiative);
  changed(state, initiative, recordTime(event));
}
