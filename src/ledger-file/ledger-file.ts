import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { EventStore, ReadAllOptions, RecordedEvent } from '../event-store/event-store.port.js';

/**
 * A ledger as NDJSON, one recorded event per line in log order: id, stream,
 * revision, type, data, metadata (which holds record time and hashes), and the
 * source position and store timestamp for reference. Importing it with
 * `migrateLedger` restores ids, types, data, metadata and order exactly.
 */
interface LedgerLine {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export async function exportLedger(store: EventStore, path: string): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  for await (const event of store.readAll()) {
    const line: LedgerLine = { ...event, recordedAt: event.recordedAt.toISOString() };
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
    count += 1;
  }
  out.end();
  await once(out, 'finish');
  return count;
}

/** Reads an exported ledger file as a source for `migrateLedger`. */
export function ledgerFile(path: string): { readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> } {
  return {
    async *readAll() {
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
      let number = 0;
      for await (const text of lines) {
        number += 1;
        if (text.trim() === '') continue;
        yield parseLedgerLine(text, number);
      }
    },
  };
}

function parseLedgerLine(text: string, number: number): RecordedEvent {
  let line: LedgerLine;
  try {
    line = JSON.parse(text) as LedgerLine;
  } catch {
    throw new Error(`Rad ${number}: inte giltig JSON`);
  }
  const wellFormed =
    typeof line.id === 'string' &&
    typeof line.stream === 'string' &&
    Number.isInteger(line.revision) &&
    typeof line.type === 'string' &&
    typeof line.data === 'object' &&
    typeof line.metadata === 'object';
  if (!wellFormed) throw new Error(`Rad ${number}: saknar id, stream, revision, type, data eller metadata`);
  return { ...line, recordedAt: new Date(line.recordedAt) };
}
