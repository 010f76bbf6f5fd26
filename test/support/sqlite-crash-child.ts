/**
 * Child process of the SQLite crash test: appends one large batch after another
 * to the ledger at argv[2], announcing each on stdout before and after, until
 * it is killed. Writes to a pipe are synchronous on Linux, so the parent reads
 * a "start" line before the append it announces has committed.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';

const [path, run, size] = process.argv.slice(2);
const store = SqliteEventStore.open({ path });
const padding = 'x'.repeat(120);

for (let batch = 0; ; batch += 1) {
  const stream = `crash-${run}-${batch}`;
  const events = Array.from({ length: Number(size) }, (_, index) => ({
    id: randomUUID(),
    type: 'CrashProbeRecorded',
    data: { run, batch, index, padding },
    metadata: { recordedAt: new Date(0).toISOString() },
  }));
  process.stdout.write(`start ${stream}\n`);
  await store.append(stream, events, 'no_stream');
  process.stdout.write(`done ${stream}\n`);
}
