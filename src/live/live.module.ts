import { Inject, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { loadActorRegistry } from '../actors/load-actor-registry.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { MetricsRegistry } from '../metrics/metrics.registry.js';
import { lanOfActor, PROJECTIONS } from '../projections/ledger-projections.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { ProjectionsModule } from '../projections/projections.module.js';
import type { TimelineState } from '../timeline/domain/timeline-state.js';
import { describeEvent } from './describe-event.js';
import { DEFAULT_LIVE_OPTIONS, LiveConnections } from './live-connections.js';
import type { LiveSources } from './live-events.js';
import { LIVE_ACTORS, LIVE_SOURCES, LiveController } from './live.controller.js';

/** `GET /events/live`: the ledger's events as server-sent events, fed by the projection runner. */
@Module({
  imports: [ProjectionsModule],
  controllers: [LiveController],
  providers: [
    { provide: LIVE_ACTORS, useFactory: loadActorRegistry },
    {
      provide: LIVE_SOURCES,
      inject: [ProjectionRunner, EVENT_STORE],
      useFactory: (runner: ProjectionRunner, store: EventStore): LiveSources => {
        const actors = loadActorRegistry();
        const lanOf = lanOfActor(actors);
        return {
          runner,
          store,
          // The state is read per event: a rebuild swaps it.
          describe: (event: StoredLedgerEvent) => describeEvent(event, runner.state<TimelineState>(PROJECTIONS.timeline), actors, lanOf),
        };
      },
    },
    {
      provide: LiveConnections,
      inject: [MetricsRegistry],
      useFactory: (metrics: MetricsRegistry) => {
        const gauge = new Gauge({ name: 'omstallning_live_clients', help: 'Öppna anslutningar till /events/live', registers: [metrics.registry] });
        return new LiveConnections(DEFAULT_LIVE_OPTIONS, (count) => gauge.set(count));
      },
    },
  ],
  exports: [LiveConnections],
})
export class LiveModule implements BeforeApplicationShutdown {
  constructor(@Inject(LiveConnections) private readonly connections: LiveConnections) {}

  beforeApplicationShutdown(): void {
    this.connections.closeAll();
  }
}
