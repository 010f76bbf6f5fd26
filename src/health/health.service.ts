import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { MetricsRegistry } from '../metrics/metrics.registry.js';
import { ProjectionRunner, type RunnerStatus } from '../projections/projection-runner.js';

export interface HealthReport {
  /** ok: store reachable and projections caught up; starting: still catching up; degraded: the store does not answer. */
  readonly status: 'ok' | 'starting' | 'degraded';
  readonly store: { readonly kind: EventStore['kind']; readonly reachable: boolean; readonly error?: string };
  /** Without the store, head and lag are unknown (null); the checkpoint still says how far the projections got. */
  readonly projections: Pick<RunnerStatus, 'ready' | 'checkpoint' | 'head' | 'lag'> & Partial<Pick<RunnerStatus, 'rebuilding' | 'failures'>>;
}

@Injectable()
export class HealthService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly metrics: MetricsRegistry,
  ) {}

  async report(): Promise<HealthReport> {
    const store = await this.storeHealth();
    const projections = store.reachable ? await this.runner.status().then(summary, () => offline(this.runner)) : offline(this.runner);
    if (projections.lag !== null) this.metrics.projectionLag.set(projections.lag);
    const status = !store.reachable ? 'degraded' : projections.ready ? 'ok' : 'starting';
    return { status, store, projections };
  }

  private async storeHealth(): Promise<HealthReport['store']> {
    try {
      await this.store.ping();
      return { kind: this.store.kind, reachable: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: this.store.kind, reachable: false, error: message };
    }
  }
}

const summary = ({ ready, checkpoint, head, lag, rebuilding, failures }: RunnerStatus): HealthReport['projections'] => ({
  ready,
  checkpoint,
  head,
  lag,
  rebuilding,
  failures,
});

const offline = (runner: ProjectionRunner): HealthReport['projections'] => ({
  ready: runner.ready,
  checkpoint: runner.checkpoint,
  head: null,
  lag: null,
});
