import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CLOCK, type Clock } from '../../config/clock.js';
import { EVENT_STORE, StoreUnavailableError, type EventStore } from '../../event-store/event-store.port.js';
import { readDatasetLines } from '../dataset-files.js';
import { importCommands } from './import-commands.js';
import { describeImport } from './import-report.js';

/** How long the loader waits before it asks an unreachable store again. */
export const RETRY_UNREACHABLE_MS = 5_000;

/**
 * With PUBLIC_DATASET=auto, an empty ledger gets the curated public dataset, so a newcomer's first page shows real decisions.
 * A store that cannot be reached at start (an EventStoreDB container that
 * starts after the service) does not stop the start: the service comes up
 * degraded, as its health check says, and the loader asks again until the
 * store answers.
 */
@Injectable()
export class PublicDatasetLoader implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PublicDataset');
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  /** The load in progress or done; a retry replaces it. */
  loaded: Promise<void> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.publicDataset !== 'auto') return;
    await (this.loaded = this.loadWhenReachable());
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
  }

  private async loadWhenReachable(): Promise<void> {
    try {
      await this.loadIntoEmptyLedger();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || this.stopped) throw error;
      this.logger.warn(`Lagret nås inte (${error.message}); den publika datamängden läses in när det svarar, nytt försök om ${RETRY_UNREACHABLE_MS / 1000} s`);
      this.retry = setTimeout(() => {
        this.retry = null;
        this.loaded = this.loadWhenReachable().catch((failure: unknown) => this.logger.error('Den publika datamängden kunde inte läsas in', failure instanceof Error ? failure.stack : String(failure)));
      }, RETRY_UNREACHABLE_MS);
      this.retry.unref();
    }
  }

  private async loadIntoEmptyLedger(): Promise<void> {
    if ((await this.store.headPosition()) !== null) return;
    const report = await importCommands(this.store, this.clock, readDatasetLines());
    if (!report.committed) {
      this.logger.error(`Den publika datamängden kunde inte läsas in:\n${describeImport(report)}`);
      return;
    }
    this.logger.log(`Publik datamängd inläst: ${describeImport(report)}`);
  }
}
