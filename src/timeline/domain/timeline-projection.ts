import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import type { Projection } from '../../projections/projection.js';
import { decision, figureData, initiativeHead, planHead } from '../../projections/domain/compact-data.js';
import { internSource, internString } from '../../projections/domain/intern.js';
import {
  alreadyRecorded,
  applyCorrection,
  applyRetraction,
  correctionOf,
  findRecord,
  recordTime,
  retractionOf,
} from '../../projections/domain/versioned.js';
import { refreshEntry, settleTimeline } from './timeline-placement.js';
import { emptyTimeline, newEntry, type EntryData, type LanOf, type Subject, type TimelineEntry, type TimelineState } from './timeline-state.js';

const CATEGORY = { plan: 'plan', initiative: 'initiative', indicator: 'indicator' } as const;

/** The timeline: every dated decision, indexed by actor, län, kind, program, focus area and target group. */
export function timelineProjection(lanOf: LanOf): Projection<TimelineState> {
  return {
    name: 'timeline',
    initialState: emptyTimeline,
    apply: (state, event) => {
      applyToTimeline(state, event, lanOf);
      return state;
    },
    settle: settleTimeline,
  };
}

/** What an event did to the timeline: added an entry, amended one (corrected, retracted), or nothing (a redelivery, another kind of event). */
export type TimelineChange = { readonly added: TimelineEntry } | { readonly amended: TimelineEntry } | null;

export function applyToTimeline(state: TimelineState, event: StoredLedgerEvent, lanOf: LanOf): TimelineChange {
  switch (event.type) {
    case 'PlanInitiated':
      return addEntry(state, event, planHead(event), lanOf);
    case 'InitiativeRegistered':
      return addEntry(state, event, initiativeHead(event), lanOf);
    case 'FigurePublished':
      return addEntry(state, event, figureData(event), lanOf);
    case 'PlanProposed':
    case 'PlanAdopted':
    case 'PlanRevised':
    case 'PlanSuperseded':
    case 'PlanWithdrawn':
    case 'InitiativeDecided':
    case 'InitiativeStarted':
    case 'InitiativeScaledUp':
    case 'InitiativeMadePermanent':
    case 'InitiativeEnded':
      return addEntry(state, event, decision(event), lanOf);
    case 'RecordCorrected':
      return correct(state, event as StoredLedgerEvent<RecordCorrected>, lanOf);
    case 'RecordRetracted':
      return retract(state, event as StoredLedgerEvent<RecordRetracted>);
    default:
      return null;
  }
}

function subjectOf(state: TimelineState, stream: string): Subject | null {
  // Imports and commands write a stream's events one after another: try the last subject before hashing.
  const last = state.lastSubject;
  if (last !== null && last.stream === stream) return last;
  const known = state.subjects.get(stream);
  if (known) {
    state.lastSubject = known;
    return known;
  }
  const category = streamCategory(stream);
  if (!category) return null;
  const subject: Subject = { category: CATEGORY[category], stream, id: streamId(stream), head: null, entries: [], headTags: null, columns: state.columns, auditStream: -1, model: null };
  state.subjects.set(stream, subject);
  state.lastSubject = subject;
  return subject;
}

function addEntry(state: TimelineState, event: StoredLedgerEvent, data: EntryData, lanOf: LanOf): TimelineChange {
  const subject = subjectOf(state, event.stream);
  if (!subject || alreadyRecorded(subject.entries, event)) return null;
  const recordedAt = recordTime(event);
  const entry = newEntry(subject, state.entries.length, event.id, event.position, recordedAt, internString(event.type), data, internSource(event.metadata.source));
  state.entries.push(entry);
  subject.entries.push(entry);
  if ((event.type === 'PlanInitiated' || event.type === 'InitiativeRegistered') && !subject.head) subject.head = entry;
  if (recordedAt > state.maxRecordedAt) state.maxRecordedAt = recordedAt;
  refreshEntry(state, entry, lanOf);
  return { added: entry };
}

function amended(state: TimelineState, event: StoredLedgerEvent, eventId: string): TimelineEntry | undefined {
  const t = recordTime(event);
  if (t > state.maxRecordedAt) state.maxRecordedAt = t;
  const subject = state.subjects.get(event.stream);
  return subject && findRecord(subject.entries, eventId);
}

function correct(state: TimelineState, event: StoredLedgerEvent<RecordCorrected>, lanOf: LanOf): TimelineChange {
  const entry = amended(state, event, event.data.correctedEventId);
  if (!entry || !applyCorrection(entry, correctionOf(event))) return null;
  // A corrected head (owner, kind, program…) changes the facts of every entry about it.
  const affected = entry.subject.head === entry ? entry.subject.entries : [entry];
  for (const each of affected) refreshEntry(state, each, lanOf);
  return { amended: entry };
}

function retract(state: TimelineState, event: StoredLedgerEvent<RecordRetracted>): TimelineChange {
  const entry = amended(state, event, event.data.retractedEventId);
  return entry && applyRetraction(entry, retractionOf(event)) ? { amended: entry } : null;
}
