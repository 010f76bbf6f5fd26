import type { MonthDay } from '../indicators/domain/cutoff.js';
import type { IndicatorsService } from '../indicators/indicators.service.js';
import { PROJECTIONS } from '../projections/ledger-projections.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import type { AsOf } from '../projections/domain/versioned.js';
import type { FiguresState } from './domain/figures-projection.js';
import { reconcile, type Reconciliation } from './domain/reconcile.js';

/** Derived values beside published figures, as a plain method call. */
export class ReconciliationService {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly indicators: IndicatorsService,
  ) {}

  reconcile(indicatorId: string, asOf: AsOf = null, cutoff?: MonthDay): Reconciliation {
    return reconcile(this.runner.state<FiguresState>(PROJECTIONS.figures), this.indicators.context(), indicatorId, asOf, cutoff);
  }
}
