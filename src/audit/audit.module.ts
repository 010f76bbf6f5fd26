import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

@Module({
  controllers: [AuditController],
  providers: [
    {
      provide: AuditService,
      inject: [ProjectionRunner, EVENT_STORE],
      useFactory: (runner: ProjectionRunner, store: EventStore) => new AuditService(runner, store),
    },
  ],
  exports: [AuditService],
})
export class AuditModule {}
