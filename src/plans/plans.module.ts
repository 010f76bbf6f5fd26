import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { PlansController } from './plans.controller.js';

@Module({
  imports: [LedgerModule],
  controllers: [PlansController],
})
export class PlansModule {}
