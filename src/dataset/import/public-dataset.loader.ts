import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CLOCK, type Clock } from '../../config/clock.js';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import { readDatasetLines } from '../dataset-files.js';
import { importCommands } from './import-commands.js';
import { describeImport } from './import-report.js';

/** With PUBLIC_DATASET=auto, an empty ledger gets the curated public dataset, so a newcomer's first page shows real decisions. */
@Injectable()
export class PublicDatasetLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('PublicDataset');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.publicDataset !== 'auto' || (await this.store.headPosition()) !== null) return;
    const report = await importCommands(this.store, this.clock, readDatasetLines());
    if (!report.committed) {
      this.logger.error(`Den publika datamängden kunde inte läsas in:\n${describeImport(report)}`);
      return;
    }
    this.logger.log(`Publik datamängd inläst: ${describeImport(report)}`);
  }
}
