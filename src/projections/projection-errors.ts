import { DomainError } from '../ledger/domain/domain-error.js';

/** A query asked to read its own write, and the projections did not apply that position in time. */
export class ProjectionWaitTimeoutError extends Error {
  readonly code = 'PROJECTION.WAIT_TIMEOUT';

  /** `position` null: the read models were still catching up after start-up. */
  constructor(
    readonly position: number | null,
    readonly checkpoint: number | null,
    readonly timeoutMs: number,
  ) {
    super(
      position === null
        ? `Läsmodellerna byggs fortfarande upp efter start (tillämpat till position ${checkpoint ?? 'ingen'}); försök igen strax`
        : `Läsmodellerna har ännu inte kommit ikapp position ${position} (senast tillämpad: ${checkpoint ?? 'ingen'}) efter ${timeoutMs} ms; försök igen strax`,
    );
    this.name = 'ProjectionWaitTimeoutError';
  }
}

/** A query named a projection nobody registered. */
export class UnknownProjectionError extends Error {
  readonly code = 'PROJECTION.UNKNOWN';

  constructor(readonly projection: string) {
    super(`Ingen läsmodell heter "${projection}"`);
    this.name = 'UnknownProjectionError';
  }
}

/** A query asked to read a position the store has not reached: a client's mistake (400), not something to wait for. */
export class PositionNotReachedError extends DomainError {
  constructor(
    readonly position: number,
    readonly head: number | null,
  ) {
    const reached = head === null ? 'liggaren är tom' : `den senaste positionen är ${head}`;
    super('QUERY.POSITION_NOT_REACHED', `minPosition: ${position} har liggaren inte nått; ${reached}`, 'minPosition', 'reached-position');
    this.name = 'PositionNotReachedError';
  }
}
