import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { IndicatorsService } from '../indicators/indicators.service.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { ReconciliationController } from './reconciliation.controller.js';
import { ReconciliationService } from './reconciliation.service.js';

@Module({
  imports: [IndicatorsModule],
  controllers: [ReconciliationController],
  providers: [
    {
      provide: ReconciliationService,
      inject: [ProjectionRunner, IndicatorsService],
      useFactory: (runner: ProjectionRunner, indicators: IndicatorsService) => new ReconciliationService(runner, indicators),
    },
  ],
  exports: [ReconciliationService],
})
export class ReconciliationModule {}
