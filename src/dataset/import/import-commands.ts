import type { Clock } from '../../config/clock.js';
import { StreamNotFoundError, type EventStore } from '../../event-store/event-store.port.js';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store.js';
import { EventLocator } from '../../ledger/commands/event-locator.js';
import { executeCommand } from '../../ledger/commands/execute-command.js';
import { parseEnvelope } from '../../ledger/commands/parse-envelope.js';
import { streamOfCommand } from '../../ledger/commands/stream-of-command.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import type { DatasetLine } from '../dataset-files.js';
import type { ImportLineError, ImportReport } from './import-report.js';

export interface ImportOptions {
  /** Write the good lines even when some are refused. */
  readonly skipInvalid?: boolean;
}

/**
 * Imports NDJSON command lines through the same validation and deciders as
 * HTTP. Each line acts as `import:<file>` with the idempotency key
 * `<file>:<line>`, so its event ids derive from the file and a re-run (after a
 * crash, or on every start) writes nothing twice. A first pass runs every line
 * against a scratch in-memory ledger holding copies of the streams the file
 * touches; unless told to skip them, any refused line means nothing is written.
 */
export async function importCommands(
  store: EventStore,
  clock: Clock,
  lines: readonly DatasetLine[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const errors = await dryRun(store, clock, lines);
  if (errors.length > 0 && !options.skipInvalid) {
    return { lines: lines.length, written: 0, alreadyPresent: 0, errors, committed: false };
  }
  const refused = new Set(errors.map((error) => `${error.file}:${error.line}`));
  let written = 0;
  let alreadyPresent = 0;
  for (const line of lines) {
    const key = `${line.file}:${line.line}`;
    if (refused.has(key)) continue;
    const result = await executeCommand(JSON.parse(line.text), { store, clock, principal: `import:${line.file}`, idempotencyKey: key });
    if (result.replayed) alreadyPresent += 1;
    else written += 1;
  }
  return { lines: lines.length, written, alreadyPresent, errors, committed: true };
}

async function dryRun(store: EventStore, clock: Clock, lines: readonly DatasetLine[]): Promise<ImportLineError[]> {
  const scratch = SqliteEventStore.open({ path: ':memory:' });
  const copied = new Set<string>();
  const realLocator = new EventLocator(store);
  const scratchLocator = new EventLocator(scratch);
  const errors: ImportLineError[] = [];
  try {
    for (const line of lines) {
      try {
        const envelope = parseLine(line);
        const command = parseEnvelope(envelope);
        const stream = await streamOfCommand(command, scratchLocator).catch(() => streamOfCommand(command, realLocator));
        if (!copied.has(stream)) {
          await copyStream(store, scratch, stream);
          copied.add(stream);
        }
        await executeCommand(envelope, { store: scratch, clock, principal: `import:${line.file}`, idempotencyKey: `${line.file}:${line.line}` });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        errors.push({ file: line.file, line: line.line, code: error.code, field: error.field, message: error.message });
      }
    }
  } finally {
    await scratch.close();
  }
  return errors;
}

function parseLine(line: DatasetLine): unknown {
  try {
    return JSON.parse(line.text);
  } catch (error) {
    throw new DomainError('IMPORT.INVALID_JSON', `Raden är inte giltig JSON: ${(error as Error).message}`, undefined, 'json');
  }
}

async function copyStream(from: EventStore, to: EventStore, stream: string): Promise<void> {
  try {
    const events = await from.readStream(stream);
    await to.append(stream, events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })), 'no_stream');
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
}
