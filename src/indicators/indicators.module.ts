import { Module } from '@nestjs/common';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { CLOCK, type Clock } from '../config/clock.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { IndicatorsController } from './indicators.controller.js';
import { IndicatorsService } from './indicators.service.js';

@Module({
  controllers: [IndicatorsController],
  providers: [
    {
      provide: IndicatorsService,
      inject: [ProjectionRunner, ActorRegistry, CLOCK],
      useFactory: (runner: ProjectionRunner, actors: ActorRegistry, clock: Clock) => new IndicatorsService(runner, actors, clock),
    },
  ],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
