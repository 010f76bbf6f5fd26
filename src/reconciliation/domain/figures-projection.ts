import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { FigurePublished } from '../../figures/domain/figure-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import type { Source } from '../../ledger/domain/vocabulary.js';
import { figureData, type FigureData } from '../../projections/domain/compact-data.js';
import { internSource } from '../../projections/domain/intern.js';
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

export interface FigureRecord extends Versioned<FigureData> {
  readonly source: Source;
}

/** Published figures by stream (`indicator-<id>`), in log order. Updated in place (see Projection). */
export interface FiguresState {
  readonly streams: Map<string, FigureRecord[]>;
  maxRecordedAt: number;
}

export const emptyFigures = (): FiguresState => ({ streams: new Map(), maxRecordedAt: Number.NEGATIVE_INFINITY });

/** What SKR and Socialstyrelsen published, kept beside what the ledger derives. */
export const figuresProjection: Projection<FiguresState> = {
  name: 'figures',
  initialState: emptyFigures,
  apply: (state, event) => {
    applyToFigures(state, event);
    return state;
  },
};

export function applyToFigures(state: FiguresState, event: StoredLedgerEvent): void {
  if (event.type === 'FigurePublished') return publish(state, event as StoredLedgerEvent<FigurePublished>);
  if (event.type === 'RecordCorrected' || event.type === 'RecordRetracted') amend(state, event as StoredLedgerEvent<RecordCorrected | RecordRetracted>);
}

function publish(state: FiguresState, event: StoredLedgerEvent<FigurePublished>): void {
  let records = state.streams.get(event.stream);
  if (!records) state.streams.set(event.stream, (records = []));
  if (findRecord(records, event.id)) return;
  const record: FigureRecord = { ...versioned(event, figureData(event.data)), source: internSource(event.metadata.source) };
  records.push(record);
  if (record.recordedAt > state.maxRecordedAt) state.maxRecordedAt = record.recordedAt;
}

function amend(state: FiguresState, event: StoredLedgerEvent<RecordCorrected | RecordRetracted>): void {
  const records = state.streams.get(event.stream);
  const targetId = event.type === 'RecordCorrected' ? event.data.correctedEventId : event.data.retractedEventId;
  const target = records && findRecord(records, targetId);
  if (!target) return;
  const applied = event.type === 'RecordCorrected' ? applyCorrection(target, correctionOf(event)) : applyRetraction(target, retractionOf(event));
  const t = recordTime(event);
  if (applied && t > state.maxRecordedAt) state.maxRecordedAt = t;
}
