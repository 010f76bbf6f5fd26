import { Global, Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { loadActorRegistry } from '../actors/load-actor-registry.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { collectFully } from './full-collection.js';
import { boundHeapGrowth, letHeapGrowForBulkLoad } from './heap-growth.js';
import { ledgerProjections } from './ledger-projections.js';
import { ProjectionRunner } from './projection-runner.js';

/**
 * Holds the read models. The runner starts when the app has bootstrapped (so
 * every module could register first) and catches up in the background; the
 * health check reports ready once it has.
 */
@Global()
@Module({
  providers: [
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE],
      useFactory: (store: EventStore) => {
        const logger = new Logger('Projections');
        return new ProjectionRunner(
          store,
          ledgerProjections(loadActorRegistry()),
          {
            log: (message) => logger.log(message),
            error: (message, error) => logger.error(message, error instanceof Error ? error.stack : String(error)),
          },
          // The bound first, so the collection that follows sets V8's next limit by it.
          () => {
            boundHeapGrowth();
            collectFully();
          },
        );
      },
    },
  ],
  exports: [ProjectionRunner],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  onApplicationBootstrap(): void {
    letHeapGrowForBulkLoad();
    this.runner.start();
  }

  onModuleDestroy(): void {
    this.runner.stop();
  }
}
