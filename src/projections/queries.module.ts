import { Module } from '@nestjs/common';
import { AdoptionModule } from '../adoption/adoption.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { RebuildModule } from '../rebuild/rebuild.module.js';
import { ReconciliationModule } from '../reconciliation/reconciliation.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { ProjectionsModule } from './projections.module.js';

/** The read side: the projections and every query over them (timeline, adoption, indicators, reconciliation, audit, rebuild). */
@Module({
  imports: [ProjectionsModule, TimelineModule, AdoptionModule, IndicatorsModule, ReconciliationModule, AuditModule, RebuildModule],
  exports: [TimelineModule, AdoptionModule, IndicatorsModule, ReconciliationModule, AuditModule],
})
export class QueriesModule {}
