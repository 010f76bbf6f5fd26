import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { recordTime } from '../../projections/domain/versioned.js';
import type { Projection } from '../../projections/projection.js';
import { codeOf, emptyAudit, type AuditState } from './audit-state.js';

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
  const i = state.count++;
  state.positions.set(i, event.position);
  state.recordedAt.set(i, recordTime(event));
  state.revisions.set(i, event.revision);
  state.types.set(i, codeOf(state.type, event.type));
  state.principals.set(i, codeOf(state.principal, String(event.metadata.principal)));
  state.streams.set(i, streamCode ?? codeOf(state.stream, event.stream));
  state.lastPosition = event.position;
}
