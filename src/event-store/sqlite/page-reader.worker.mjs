// The reader thread of a long catch-up (see page-prefetch.ts). Plain JavaScript:
// a worker runs a file as it is, and the build copies this one unchanged.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, sql, after, pageSize, metadata, signals } = workerData;
const CREDIT = 0;
const STOP = 1;
// Texts stay below V8's large-object size (128 KB), so on the main thread each
// is young garbage once parsed instead of old-generation garbage that only a
// full collection frees: a catch-up passes the whole log's text through.
const CHUNK_CHARS = 48 * 1024;

const db = new Database(path, { readonly: true, fileMustExist: true });
const read = db.prepare(sql).raw(true);

// Only the metadata fields the reader asked for: parsing the others (hashes,
// correlation ids) is work this thread can take off the main thread.
const metadataText = metadata
  ? (text) => {
      const all = JSON.parse(text);
      const kept = {};
      for (const field of metadata) if (Object.hasOwn(all, field)) kept[field] = all[field];
      return JSON.stringify(kept);
    }
  : (text) => text;

const rowText = (row) =>
  `[${row[0]},${JSON.stringify(row[1])},${JSON.stringify(row[2])},${row[3]},${JSON.stringify(row[4])},${row[5]},${metadataText(row[6])},${row[7]}]`;

let last = after;
for (;;) {
  // Waits while the main thread holds as many unread pages as it asked for.
  while (Atomics.load(signals, CREDIT) <= 0 && Atomics.load(signals, STOP) === 0) Atomics.wait(signals, CREDIT, 0);
  if (Atomics.load(signals, STOP) !== 0) break;
  Atomics.sub(signals, CREDIT, 1);
  const rows = read.all(last, pageSize);
  const chunks = [];
  const chunkOf = new Uint16Array(rows.length);
  const ends = new Uint32Array(rows.length);
  let text = '';
  for (let i = 0; i < rows.length; i++) {
    if (text.length > CHUNK_CHARS) {
      chunks.push(text);
      text = '';
    }
    text += rowText(rows[i]);
    chunkOf[i] = chunks.length;
    ends[i] = text.length;
  }
  chunks.push(text);
  const final = rows.length < pageSize;
  if (rows.length > 0) last = rows[rows.length - 1][0];
  parentPort.postMessage({ chunks, chunkOf, ends, last, final }, [chunkOf.buffer, ends.buffer]);
  if (final) break;
}
db.close();
