import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { InitiativesController } from './initiatives.controller.js';

@Module({
  imports: [LedgerModule],
  controllers: [InitiativesController],
})
export class InitiativesModule {}
