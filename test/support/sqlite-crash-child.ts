/**
 * Child process of the SQLite crash test: appends round after round to the
 * ledger at argv[2], each round two large appends to two streams made at once
 * (so the store writes them as one group), announcing each round on stdout
 * before and after, until it is killed. Writes to a pipe are synchronous on
 * Linux, so the parent reads a "start" line before the round it announces has
 * committed.
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';

const [path, run, size] = process.argv.slice(2);
const store = SqliteEventStore.open({ path });
const padding = 'x'.repeat(120);

const largeAppend = (stream: string, batch: number) =>
  Array.from({ length: Number(size) }, (_, index) => ({
    id: randomUUID(),
    type: 'CrashProbeRecorded',
    data: { run, batch, stream, index, padding },
    metadata: { recordedAt: new Date(0).toISOString() },
  }));

for (let batch = 0; ; batch += 1) {
  const streams = [`crash-${run}-${batch}-a`, `crash-${run}-${batch}-b`];
  const appends = streams.map((stream) => largeAppend(stream, batch));
  process.stdout.write(`start ${streams.join(' ')}\n`);
  await Promise.all(streams.map((stream, index) => store.append(stream, appends[index], 'no_stream')));
  process.stdout.write(`done ${streams.join(' ')}\n`);
}
