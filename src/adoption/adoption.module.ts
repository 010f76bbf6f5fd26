import { Module } from '@nestjs/common';
import { ActorRegistry } from '../actors/domain/actor-registry.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { AdoptionController } from './adoption.controller.js';
import { AdoptionService } from './adoption.service.js';

@Module({
  controllers: [AdoptionController],
  providers: [
    {
      provide: AdoptionService,
      inject: [ProjectionRunner, ActorRegistry],
      useFactory: (runner: ProjectionRunner, actors: ActorRegistry) => new AdoptionService(runner, actors),
    },
  ],
  exports: [AdoptionService],
})
export class AdoptionModule {}
