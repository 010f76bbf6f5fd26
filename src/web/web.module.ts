import { Module } from '@nestjs/common';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { AdoptionModule } from '../adoption/adoption.module.js';
import { AdoptionService } from '../adoption/adoption.service.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuditService } from '../audit/audit.service.js';
import { CLOCK, type Clock } from '../config/clock.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { ProjectionsModule } from '../projections/projections.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { loadAssets } from './assets.js';
import { AuditReader } from './read/audit-reader.js';
import { ChainWatch } from '../audit/chain-watch.js';
import { ChartCache } from './read/chart-cache.js';
import { DashboardReader } from './read/dashboard-reader.js';
import { LanReader } from './read/lan-reader.js';
import { WEB_ASSETS, WebController } from './web.controller.js';
import { WebPages } from './web-pages.js';

/** The web pages: national dashboard (/), län pages (/lan/{code}), audit view (/audit), and /assets. */
@Module({
  imports: [ProjectionsModule, TimelineModule, AdoptionModule, IndicatorsModule, AuditModule],
  controllers: [WebController],
  providers: [
    { provide: WEB_ASSETS, useFactory: () => loadAssets() },
    { provide: ChartCache, useFactory: () => new ChartCache() },
    {
      provide: DashboardReader,
      inject: [ProjectionRunner, IndicatorsService, AdoptionService, ActorRegistry, ChartCache],
      useFactory: (runner: ProjectionRunner, indicators: IndicatorsService, adoption: AdoptionService, actors: ActorRegistry, charts: ChartCache) =>
        new DashboardReader(runner, indicators, adoption, actors, charts),
    },
    {
      provide: LanReader,
      inject: [ProjectionRunner, AdoptionService, TimelineService, ActorRegistry, ChartCache],
      useFactory: (runner: ProjectionRunner, adoption: AdoptionService, timeline: TimelineService, actors: ActorRegistry, charts: ChartCache) =>
        new LanReader(runner, adoption, timeline, actors, charts),
    },
    {
      provide: AuditReader,
      inject: [AuditService, EVENT_STORE, CLOCK],
      useFactory: (audit: AuditService, store: EventStore, clock: Clock) => new AuditReader(audit, new ChainWatch(store, clock)),
    },
    {
      provide: WebPages,
      inject: [ProjectionRunner, DashboardReader, LanReader, AuditReader, CLOCK],
      useFactory: (runner: ProjectionRunner, dashboard: DashboardReader, lan: LanReader, audit: AuditReader, clock: Clock) =>
        new WebPages(runner, dashboard, lan, audit, clock),
    },
  ],
})
export class WebModule {}
