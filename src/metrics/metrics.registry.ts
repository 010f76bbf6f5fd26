import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per app instance, so tests starting several apps do not collide. */
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'omstallning_http_request_duration_seconds',
    help: 'Svarstid per HTTP-förfrågan',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly commands = new Counter({
    name: 'omstallning_commands_total',
    help: 'Kommandon per utfall',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly projectionLag = new Gauge({
    name: 'omstallning_projection_lag_events',
    help: 'Avstånd mellan loggens slut och projektionernas kontrollpunkt (positioner)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'omstallning_' });
  }
}
