import { Module } from '@nestjs/common';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { TimelineController } from './timeline.controller.js';
import { TimelineService } from './timeline.service.js';

@Module({
  controllers: [TimelineController],
  providers: [
    {
      provide: TimelineService,
      inject: [ProjectionRunner, ActorRegistry],
      useFactory: (runner: ProjectionRunner, actors: ActorRegistry) => new TimelineService(runner, actors),
    },
  ],
  exports: [TimelineService],
})
export class TimelineModule {}
