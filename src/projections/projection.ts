import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';

/**
 * A read model: a pure reducer over the log. The runner feeds every event in
 * log order exactly once per rebuild; `apply` must give the same state for a
 * redelivered event (same id) as for a single delivery.
 */
export interface Projection<State> {
  readonly name: string;
  initialState(): State;
  apply(state: State, event: StoredLedgerEvent): State;
}
