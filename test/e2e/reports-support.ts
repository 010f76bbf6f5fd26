import type { INestApplicationContext } from '@nestjs/common';
import { CLOCK, type Clock } from '../../src/config/clock.js';
import { readDatasetLines } from '../../src/dataset/dataset-files.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { executeCommand } from '../../src/ledger/commands/execute-command.js';

/**
 * Records the shipped public dataset into a running app the way an import
 * does: every NDJSON line through the same command executor as HTTP, keyed by
 * file and line. Returns how many commands were recorded.
 */
export async function importPublicDataset(app: INestApplicationContext): Promise<number> {
  const store = app.get<EventStore>(EVENT_STORE);
  const clock = app.get<Clock>(CLOCK);
  const lines = readDatasetLines();
  for (const line of lines) {
    try {
      await executeCommand(JSON.parse(line.text), { store, clock, principal: `import:${line.file}`, idempotencyKey: `${line.file}:${line.line}` });
    } catch (error) {
      throw new Error(`${line.file}:${line.line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return lines.length;
}

/** RFC 4180 reader, independent of the writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}
