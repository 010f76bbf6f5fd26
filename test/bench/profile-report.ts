import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadActorRegistry } from '../../src/actors/load-actor-registry.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { lanOfActor, ledgerProjections } from '../../src/projections/ledger-projections.js';
import type { LedgerState } from '../../src/projections/domain/ledger-projection.js';
import { rebuildProjections } from '../../src/projections/rebuild-projections.js';
import { readDatasetLeftOut } from '../../src/reports/dataset-left-out.js';
import { ChartMemo } from '../../src/reports/domain/chart-memo.js';
import { renderTrendReport } from '../../src/reports/domain/render-report.js';
import type { ReportFormat } from '../../src/reports/domain/report-query.js';
import { buildTrendReport } from '../../src/reports/domain/trend-report.js';
import { gatherTrendReportInput } from '../../src/reports/gather/gather-report-input.js';
import type { ReportReadModels, TrendReportRequest } from '../../src/reports/gather/read-models.js';

/**
 * The trend report's work in-process, phase by phase, over a ledger file:
 * rebuild the read models, then gather, build and render each report asked
 * for, cold (fresh chart memo) and warm. Run under `node --cpu-prof` to see
 * where a cold report goes; `--out-dir` writes each report (with a
 * fixed generatedAt) in every format for comparing two versions of the code.
 *
 *   node --cpu-prof dist-bench/test/bench/profile-report.js --db dist-bench/data/1M-seed2022/ours.db \
 *     --report national:2019:2023 --report lan:17:2019:2023 --as-of 2022-06-01T00:00:00Z
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    report: { type: 'string', multiple: true, default: ['national:2019:2023'] },
    'as-of': { type: 'string', multiple: true, default: [] },
    format: { type: 'string', default: 'html' },
    'out-dir': { type: 'string' },
    repeat: { type: 'string', default: '2' },
    'no-digest': { type: 'boolean', default: false },
  },
});
if (!values.db) throw new Error('--db <ledger.db> is required');

const FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv', 'html'];
const GENERATED_AT = new Date('2030-01-01T00:00:00Z');
const ms = (t0: number) => `${(performance.now() - t0).toFixed(1)} ms`;

const actors = loadActorRegistry();
const store = SqliteEventStore.open({ path: values.db });
let t0 = performance.now();
const { slots, report: rebuilt } = await rebuildProjections(store, ledgerProjections(actors));
console.log(`rebuild: ${rebuilt.events} events in ${ms(t0)}`);
await store.close();
const ledger = slots[0].state as LedgerState;
// `--no-digest`: the report reads the timeline itself, as it does at an earlier asOf.
const models: ReportReadModels = { ...ledger, actors, lanOf: lanOfActor(actors), reportYears: values['no-digest'] ? undefined : ledger.reportYears };
const dataset = readDatasetLeftOut();

const requests: { label: string; request: TrendReportRequest }[] = [];
for (const spec of values.report) {
  const parts = spec.split(':');
  const scope = parts[0] === 'national' ? 'national' : `${parts[0]}:${parts[1]}`;
  const [from, to] = parts.slice(parts[0] === 'national' ? 1 : 2).map(Number);
  for (const asOf of [null, ...values['as-of']]) {
    requests.push({ label: `${scope} ${from}–${to}${asOf ? ` asOf ${asOf}` : ''}`, request: { from, to, scope, asOf: asOf ? new Date(asOf) : null } });
  }
}

for (let run = 0; run < Number(values.repeat); run += 1) {
  for (const { label, request } of requests) {
    const memo = new ChartMemo();
    const started = performance.now();
    t0 = started;
    const input = gatherTrendReportInput(models, request, GENERATED_AT, dataset);
    const gathered = ms(t0);
    t0 = performance.now();
    const report = buildTrendReport(input);
    const built = ms(t0);
    t0 = performance.now();
    const page = await renderTrendReport(report, values.format as ReportFormat, {}, memo);
    console.log(`run ${run + 1} ${label}: gather ${gathered}, build ${built}, render ${ms(t0)} (${page.length} chars); total ${ms(started)}`);
    if (values['out-dir'] && run === 0) {
      const name = label.replace(/[^a-z0-9]+/gi, '-');
      for (const format of FORMATS) writeFileSync(`${values['out-dir']}/${name}.${format}`, await renderTrendReport(report, format, {}, memo));
    }
  }
}
