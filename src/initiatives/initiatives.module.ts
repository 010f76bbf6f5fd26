import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { InitiativeListReadModel } from './initiative-list/initiative-list.read-model.js';
import { InitiativesController } from './initiatives.controller.js';

@Module({
  imports: [LedgerModule],
  controllers: [InitiativesController],
  providers: [{ provide: InitiativeListReadModel, inject: [EVENT_STORE], useFactory: (store: EventStore) => new InitiativeListReadModel(store) }],
})
export class InitiativesModule {}
