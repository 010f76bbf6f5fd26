import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import type { EventStore, RecordedEvent } from '../event-store/event-store.port.js';
import { migrateLedger } from '../event-store/migrate/migrate-ledger.js';
import { exportLedger, ledgerFile } from './ledger-file.js';

async function all(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

const comparable = (events: RecordedEvent[]) => events.map(({ id, stream, revision, type, data, metadata }) => ({ id, stream, revision, type, data, metadata }));

const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const history = fc.array(
  fc.record({
    stream: fc.constantFrom('plan-a', 'plan-b', 'initiative-c', 'indicator-d'),
    type: fc.constantFrom('PlanAdopted', 'PlanInitiated', 'FigurePublished'),
    data: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), jsonValue, { maxKeys: 4 }),
    metadata: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), jsonValue, { maxKeys: 3 }),
  }),
  { maxLength: 40 },
);

describe('a ledger exported to NDJSON and imported again', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'omstallning-ledger-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the same ledger: ids, streams, revisions, types, data, metadata and order', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(history, async (events) => {
        run += 1;
        const source = SqliteEventStore.open({ path: join(dir, `source-${run}.db`) });
        const target = SqliteEventStore.open({ path: join(dir, `target-${run}.db`) });
        try {
          for (const [index, event] of events.entries()) {
            await source.append(event.stream, [{ id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, ...event }], 'any');
          }
          const file = join(dir, `ledger-${run}.ndjson`);
          expect(await exportLedger(source, file)).toBe(events.length);
          await migrateLedger(ledgerFile(file), target);
          expect(comparable(await all(target))).toEqual(comparable(await all(source)));
          await migrateLedger(ledgerFile(file), target);
          expect(await all(target)).toHaveLength(events.length);
        } finally {
          await source.close();
          await target.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
