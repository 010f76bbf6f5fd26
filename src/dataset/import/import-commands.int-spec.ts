import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../../event-store/event-store.port.js';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store.js';
import { readDatasetLines, type DatasetLine } from '../dataset-files.js';
import { importCommands } from './import-commands.js';

const clock = { now: () => new Date('2026-11-25T12:00:00Z') };

async function countEvents(store: EventStore): Promise<{ count: number; ids: Set<string> }> {
  const ids = new Set<string>();
  let count = 0;
  for await (const event of store.readAll()) {
    count += 1;
    ids.add(event.id);
  }
  return { count, ids };
}

const line = (file: string, n: number, command: object): DatasetLine => ({ file, line: n, text: JSON.stringify(command) });
const source = { title: 'Testkälla' };

describe('importing NDJSON commands', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'omstallning-import-'));
    store = SqliteEventStore.open({ path: join(dir, 'ledger.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every line of the public dataset through the deciders, and a second run writes nothing', async () => {
    const lines = readDatasetLines();
    const first = await importCommands(store, clock, lines);
    expect(first.errors).toEqual([]);
    expect(first).toMatchObject({ lines: lines.length, written: lines.length, alreadyPresent: 0, committed: true });
    const before = await countEvents(store);
    expect(before.count).toBeGreaterThanOrEqual(lines.length);
    expect(before.ids.size).toBe(before.count);

    const second = await importCommands(store, clock, lines);
    expect(second).toMatchObject({ written: 0, alreadyPresent: lines.length, committed: true });
    expect((await countEvents(store)).count).toBe(before.count);
  });

  const plan = { planId: 'lan17-malbild-test', title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17' };
  const file = [
    line('t.ndjson', 1, { command: 'InitiatePlan', data: plan, source }),
    line('t.ndjson', 2, { command: 'AdoptPlan', data: { planId: plan.planId, party: 'kommun:1784', decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige' }, source }),
    line('t.ndjson', 4, { command: 'AdoptPlan', data: { planId: plan.planId, party: 'kommun:0180', decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige' }, source }),
    { file: 't.ndjson', line: 5, text: '{"command": "AdoptPlan", ' },
    line('t.ndjson', 6, { command: 'AdoptPlan', data: { planId: plan.planId, party: 'region:17', decidedOn: '2022-02-30', decidedBy: 'regionfullmäktige' }, source }),
    line('t.ndjson', 7, { command: 'AdoptPlan', data: { planId: plan.planId, party: 'kommun:1784', decidedOn: '2022-04-01', decidedBy: 'kommunfullmäktige' }, source }),
  ];

  it('reports each bad line with its number and reason and writes nothing', async () => {
    const report = await importCommands(store, clock, file);
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'party'],
      [5, undefined],
      [6, 'decidedOn'],
      [7, 'party'],
    ]);
    expect(report.errors[1].code).toBe('IMPORT.INVALID_JSON');
    expect(report.errors[3].message).toMatch(/Arvika/);
    expect(await store.headPosition()).toBeNull();
  });

  it('writes the good lines when asked to skip the bad ones', async () => {
    const report = await importCommands(store, clock, file, { skipInvalid: true });
    expect(report).toMatchObject({ committed: true, written: 2, alreadyPresent: 0 });
    expect(report.errors).toHaveLength(4);
    const events = await store.readStream('plan-lan17-malbild-test');
    expect(events.map((e) => e.type)).toEqual(['PlanInitiated', 'PlanAdopted']);
  });
});
