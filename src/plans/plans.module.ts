import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { PlanListReadModel } from './plan-list/plan-list.read-model.js';
import { PlansController } from './plans.controller.js';

@Module({
  imports: [LedgerModule],
  controllers: [PlansController],
  providers: [{ provide: PlanListReadModel, inject: [EVENT_STORE], useFactory: (store: EventStore) => new PlanListReadModel(store) }],
})
export class PlansModule {}
