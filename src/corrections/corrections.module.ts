import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { CorrectionsController } from './corrections.controller.js';

@Module({ imports: [LedgerModule], controllers: [CorrectionsController] })
export class CorrectionsModule {}
