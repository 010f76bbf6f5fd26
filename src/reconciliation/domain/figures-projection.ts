import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import type { Source } from '../../ledger/domain/vocabulary.js';
import { figureData, type FigureData } from '../../projections/domain/compact-data.js';
import { internSource } from '../../projections/domain/intern.js';
import { amendRecord, findRecord, recordTime, versioned, type Versioned } from '../../projections/domain/versioned.js';
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

/**
 * What SKR and Socialstyrelsen published, on its own. The runner feeds figures
 * from the ledger projection instead, sharing the timeline's records.
 */
export const figuresProjection: Projection<FiguresState> = {
  name: 'figures',
  initialState: emptyFigures,
  apply: (state, event) => {
    if (event.type === 'FigurePublished') {
      if (!findRecord(state.streams.get(event.stream) ?? [], event.id)) {
        figureRecorded(state, event.stream, { ...versioned(event, figureData(event)), source: internSource(event.metadata.source) });
      }
    } else if (event.type === 'RecordCorrected' || event.type === 'RecordRetracted') {
      const amendment = event as StoredLedgerEvent<RecordCorrected | RecordRetracted>;
      const targetId = amendment.type === 'RecordCorrected' ? amendment.data.correctedEventId : amendment.data.retractedEventId;
      const target = findRecord(state.streams.get(event.stream) ?? [], targetId);
      if (target && amendRecord(target, amendment)) figureAmended(state, recordTime(event));
    }
    return state;
  },
};

/** A new FigurePublished (not a redelivery: the caller checked). */
export function figureRecorded(state: FiguresState, stream: string, record: FigureRecord): void {
  let records = state.streams.get(stream);
  if (!records) state.streams.set(stream, (records = []));
  records.push(record);
  if (record.recordedAt > state.maxRecordedAt) state.maxRecordedAt = record.recordedAt;
}

export function figureAmended(state: FiguresState, recordedAt: number): void {
  if (recordedAt > state.maxRecordedAt) state.maxRecordedAt = recordedAt;
}
