// The reader thread of a long catch-up (see page-prefetch.ts). Plain JavaScript:
// a worker runs a file as it is, and the build copies this one unchanged.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, sql, after, pageSize, metadata, namesLimit, signals } = workerData;
const CREDIT = 0;
const STOP = 1;
// Texts stay below V8's large-object size (128 KB), so on the main thread each
// is young garbage once parsed instead of old-generation garbage that only a
// full collection frees: a catch-up passes the whole log's text through.
const CHUNK_CHARS = 48 * 1024;

const db = new Database(path, { readonly: true, fileMustExist: true });
const read = db.prepare(sql).raw(true);

// Each row comes as the start of its JSON text, made by SQLite (see
// readerColumns), then its stream and type, then its metadata: whole, or only
// the fields the reader asked for, each its own column of JSON text. Streams
// and types cross as numbers, each name once, in the page that first has it:
// the main thread gives every event of a stream the same string, whose hash
// the projections' maps then compute once and which compares equal to itself
// without reading it. The other metadata fields (hashes, correlation ids)
// are not parsed on either thread. An object value (a source) is a document
// many events cite: each distinct one crosses once, in the page's `shared`
// text, and a row refers to it by number in `refs` (one slot per field, -1 for
// a value in the row's own text).
const fields = metadata ?? [];
// Past `namesLimit` names, numbering starts again (`restartNames`): both threads
// hold every name numbered for the length of a read.
const nameNumbers = new Map();
const fieldKeys = fields.map((field) => `${JSON.stringify(field)}:`);
const sharedNumbers = new Map();
// Bounds the table of both threads; values past it cross in their rows.
const SHARED_LIMIT = 500_000;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;

function metadataText(row, refs, base, shared) {
  let kept = '';
  for (let f = 0; f < fields.length; f++) {
    const json = row[4 + f];
    refs[base + f] = -1;
    if (json === null) continue;
    const first = json.charCodeAt(0);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let number = sharedNumbers.get(json);
      if (number === undefined && sharedNumbers.size < SHARED_LIMIT) {
        number = sharedNumbers.size;
        sharedNumbers.set(json, number);
        shared.push(json);
      }
      if (number !== undefined) {
        refs[base + f] = number;
        continue;
      }
    }
    kept += (kept === '' ? fieldKeys[f] : `,${fieldKeys[f]}`) + json;
  }
  return `{${kept}}`;
}

const rowText = metadata
  ? (row, refs, base, shared) => `${row[1]}${metadataText(row, refs, base, shared)},${row[4 + fields.length]}]`
  : (row) => `${row[1]}${row[4]},${row[5]}]`;

function nameNumber(name, names) {
  let number = nameNumbers.get(name);
  if (number === undefined) {
    number = nameNumbers.size;
    nameNumbers.set(name, number);
    names.push(name);
  }
  return number;
}

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
  const refs = new Int32Array(rows.length * fields.length);
  const namesOf = new Uint32Array(rows.length * 2);
  const newNames = [];
  const restartNames = nameNumbers.size >= namesLimit;
  if (restartNames) nameNumbers.clear();
  const shared = [];
  let text = '';
  for (let i = 0; i < rows.length; i++) {
    if (text.length > CHUNK_CHARS) {
      chunks.push(text);
      text = '';
    }
    text += rowText(rows[i], refs, i * fields.length, shared);
    namesOf[2 * i] = nameNumber(rows[i][2], newNames);
    namesOf[2 * i + 1] = nameNumber(rows[i][3], newNames);
    chunkOf[i] = chunks.length;
    ends[i] = text.length;
  }
  chunks.push(text);
  const final = rows.length < pageSize;
  if (rows.length > 0) last = rows[rows.length - 1][0];
  parentPort.postMessage({ chunks, chunkOf, ends, refs, namesOf, names: newNames, restartNames, shared: `[${shared.join(',')}]`, last, final }, [chunkOf.buffer, ends.buffer, refs.buffer, namesOf.buffer]);
  if (final) break;
}
db.close();
