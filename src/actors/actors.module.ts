import { Global, Module } from '@nestjs/common';
import { ActorsController } from './actors.controller.js';
import { ActorRegistry } from './domain/actor-registry.js';
import { loadActorRegistry } from './load-actor-registry.js';

/** The reference actors, read from `reference/*.csv` at start-up and available to every module. */
@Global()
@Module({
  controllers: [ActorsController],
  providers: [{ provide: ActorRegistry, useFactory: loadActorRegistry }],
  exports: [ActorRegistry],
})
export class ActorsModule {}
