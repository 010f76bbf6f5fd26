/**
 * Child process of the kill -9 import test. It loads everything first and
 * says "ready"; on a line from stdin it imports the NDJSON file argv[3] into
 * the SQLite ledger argv[2] as `omstallning import` does, says "writing" just
 * before its first append reaches the ledger, and "done <written>
 * <alreadyPresent> <refused>" when the import finished. Writes to a pipe are
 * synchronous on Linux, so the parent reads "writing" before that append commits.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { systemClock } from '../../../src/config/clock.js';
import { importCommands } from '../../../src/dataset/import/import-commands.js';
import { readNdjsonFile } from '../../../src/dataset/import/read-ndjson-file.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';

const [path, file] = process.argv.slice(2);
const lines = readNdjsonFile(file);
process.stdout.write('ready\n');
await once(createInterface({ input: process.stdin }), 'line');

// The SQLite adapter directly, not through createEventStore: loading the EventStoreDB client would double the start.
const store = SqliteEventStore.open({ path });
const append = store.append.bind(store);
let writing = false;
store.append = (stream, events, expectedRevision) => {
  if (!writing) process.stdout.write('writing\n');
  writing = true;
  return append(stream, events, expectedRevision);
};
const report = await importCommands(store, systemClock, lines);
await store.close();
process.stdout.write(`done ${report.written} ${report.alreadyPresent} ${report.errors.length}\n`);
