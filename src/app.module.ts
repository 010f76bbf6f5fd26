import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config.js';
import type { Clock } from './config/clock.js';
import { ConfigModule } from './config/config.module.js';
import { EventStoreModule } from './event-store/event-store.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { loggerOptions } from './app/logger-options.js';
import { ReportsModule } from './reports/reports.module.js';
import { LiveModule } from './live/live.module.js';
import { WebModule } from './web/web.module.js';
import { ActorsModule } from './actors/actors.module.js';
import { AccessModule } from './access/access.module.js';
import { PlansModule } from './plans/plans.module.js';
import { InitiativesModule } from './initiatives/initiatives.module.js';
import { FiguresModule } from './figures/figures.module.js';
import { CorrectionsModule } from './corrections/corrections.module.js';
import { DatasetModule } from './dataset/dataset.module.js';
import { QueriesModule } from './projections/queries.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config, clock),
        LoggerModule.forRoot(loggerOptions()),
        EventStoreModule,
        MetricsModule,
        HealthModule,
        ReportsModule,
        ActorsModule,
        AccessModule,
        PlansModule,
        InitiativesModule,
        FiguresModule,
        CorrectionsModule,
        LiveModule,
        WebModule,
        DatasetModule,
        QueriesModule,
      ],
    };
  }
}
