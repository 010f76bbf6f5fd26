import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { FiguresController } from './figures.controller.js';

@Module({ imports: [LedgerModule], controllers: [FiguresController] })
export class FiguresModule {}
