import { Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { loadActorRegistry } from '../actors/load-actor-registry.js';
import { CLOCK, type Clock } from '../config/clock.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { ProjectionsModule } from '../projections/projections.module.js';
import { readDatasetLeftOut } from './dataset-left-out.js';
import { ReportWarmup } from './report-warmup.js';
import { ReportsController } from './reports.controller.js';
import { TrendReportService } from './trend-report.service.js';

/** Trend reports over HTTP (`GET /reports/trend`) and, through TrendReportService, the command line. */
@Module({
  imports: [ProjectionsModule],
  controllers: [ReportsController],
  providers: [
    {
      provide: TrendReportService,
      inject: [ProjectionRunner, EVENT_STORE, CLOCK],
      useFactory: (runner: ProjectionRunner, store: EventStore, clock: Clock) => {
        const logger = new Logger('Rapporter');
        return new TrendReportService(runner, store, clock, loadActorRegistry(), readDatasetLeftOut(), {
          onWarning: (message) => logger.warn(`Diagram: ${message}`),
        });
      },
    },
    { provide: ReportWarmup, inject: [ProjectionRunner, CLOCK], useFactory: (runner: ProjectionRunner, clock: Clock) => new ReportWarmup(runner, loadActorRegistry(), clock) },
  ],
  exports: [TrendReportService],
})
export class ReportsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(private readonly warmup: ReportWarmup) {}

  onApplicationBootstrap(): void {
    // Only speed is at stake: a step that fails leaves its work to the reports. Its garbage V8
    // collects as it goes, incrementally (see boundHeapGrowth).
    this.warmup
      .run()
      .catch((error: unknown) => new Logger('Rapporter').warn(`Förberedelsen av rapporter avbröts: ${String(error)}`));
  }

  onModuleDestroy(): void {
    this.warmup.stop();
  }
}
