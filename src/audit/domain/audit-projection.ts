import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { recordTime } from '../../projections/domain/versioned.js';
import type { Projection } from '../../projections/projection.js';
import { codeOf, emptyAudit, ensureCapacity, type AuditState } from './audit-state.js';

/** Every ledger event's stream, revision, type, principal and record time, in log order. Updated in place (see Projection). */
export const auditProjection: Projection<AuditState> = {
  name: 'audit',
  metadata: ['recordedAt', 'principal'],
  initialState: emptyAudit,
  apply: (state, event) => {
    applyToAudit(state, event);
    return state;
  },
};

/**
 * Rows are in log order, so a redelivered event is one at or before the last
 * position. A caller that already knows the stream's code (see applyToLedger)
 * passes it and saves the lookup.
 */
export function applyToAudit(state: AuditState, event: StoredLedgerEvent, streamCode?: number): void {
  if (event.position <= state.lastPosition) return;
  ensureCapacity(state);
  const i = state.count++;
  state.positions[i] = event.position;
  state.recordedAt[i] = recordTime(event);
  state.revisions[i] = event.revision;
  state.types[i] = codeOf(state.type, event.type);
  state.principals[i] = codeOf(state.principal, String(event.metadata.principal));
  state.streams[i] = streamCode ?? codeOf(state.stream, event.stream);
  state.lastPosition = event.position;
}
