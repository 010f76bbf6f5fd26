import type { MetadataFields } from '../event-store/event-store.port.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';

/**
 * A read model: a pure reducer over the log.
 *
 * The runner feeds every ledger event in log order; `apply` must give the same
 * state for a redelivered event (same id) as for a single delivery. States are
 * owned by the runner and MAY be updated in place (and returned): with a
 * million events, copying an index per event would make a rebuild quadratic.
 * That is safe because nothing outside the runner keeps a reference across
 * events, queries run between events (one thread), and a rebuild reduces into
 * a fresh `initialState()` that is swapped in whole. The law that keeps this
 * honest — a rebuild gives what incremental application gave, duplicates
 * included — is checked by a property test over the query answers.
 */
export interface Projection<State> {
  readonly name: string;
  initialState(): State;
  apply(state: State, event: StoredLedgerEvent): State;
  /**
   * Finishes deferred work (sorting what a bulk load appended). The runner
   * calls it when caught up and before swapping in a rebuild; queries may call
   * it too. It never changes what a query answers, only how fast.
   */
  settle?(state: State): void;
  /**
   * Parts of the state that are read models in their own right, by name
   * (`runner.state('plans')`), when one reducer keeps several of them.
   */
  readonly facets?: Readonly<Record<string, (state: State) => unknown>>;
  /**
   * The metadata fields `apply` reads. Declared, a catch-up may deliver only
   * those (see MetadataFields); undeclared, it delivers every field. A law
   * test checks that each projection reduces the same with only these.
   */
  readonly metadata?: MetadataFields;
}
