import type { INestApplicationContext } from '@nestjs/common';
import { CLOCK, type Clock } from '../../src/config/clock.js';
import { readDatasetLines } from '../../src/dataset/dataset-files.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { importCommands } from '../../src/dataset/import/import-commands.js';
import { describeImport } from '../../src/dataset/import/import-report.js';

/**
 * Records the shipped public dataset into a running app with the importer.
 * Returns how many commands the ledger now holds from it.
 */
export async function importPublicDataset(app: INestApplicationContext): Promise<number> {
  const report = await importCommands(app.get<EventStore>(EVENT_STORE), app.get<Clock>(CLOCK), readDatasetLines());
  if (!report.committed) throw new Error(describeImport(report));
  return report.written + report.alreadyPresent;
}
