import { onServiceCopy, type AppProcess } from '../harness/app-process.js';
import type { BenchContext } from '../harness/context.js';
import { aloneMs, post, SOURCE, status } from '../harness/http-probe.js';
import type { Measurement } from '../harness/measurement.js';

/** The pages people open, beside the API questions of `queries`: what each waits for the first time and after. */
const PAGES: readonly { readonly name: string; readonly path: string }[] = [
  { name: 'dashboard page', path: '/' },
  { name: 'län page (Värmland)', path: '/lan/17' },
  { name: 'län trend report (html, Värmland 2020–2024)', path: '/reports/trend?scope=lan:17&from=2020&to=2024&format=html' },
];

/** How long the audit page may take to have verified the whole log before the measurement gives up. */
const VERIFY_TIMEOUT_MS = 300_000;
const VERIFIED = 'Hashkedjan är obruten';

async function pageText(app: AppProcess, path: string): Promise<string> {
  return (await fetch(`${app.url}${path}`)).text();
}

/**
 * The audit page: its first answer (the verification of the whole log then
 * runs in the background), how long until it shows the whole log verified,
 * and its answer after a write, when only the new event is verified.
 */
async function auditPage(app: AppProcess): Promise<Measurement[]> {
  const first = await status(app, '/audit');
  const started = performance.now();
  while (!(await pageText(app, '/audit')).includes(VERIFIED)) {
    if (performance.now() - started > VERIFY_TIMEOUT_MS) throw new Error(`/audit did not show the log verified within ${VERIFY_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const verifiedMs = performance.now() - started + first.ms;
  await post(app, '/plans', { planId: 'bench-audit-plan', title: 'Målbild nära vård, Region Värmland', kind: 'malbild', scope: 'region', owner: 'region:17', lan: 'lan:17', source: SOURCE });
  const afterWrite = await status(app, '/audit');
  return [
    { name: 'audit page: first answer', unit: 'ms', higherIsBetter: false, ours: first.status === 200 ? Math.round(first.ms * 10) / 10 : null },
    { name: 'audit page: whole log verified', unit: 'ms', higherIsBetter: false, ours: Math.round(verifiedMs), note: 'from the first view, polling every 250 ms' },
    { name: 'audit page: first answer after a write', unit: 'ms', higherIsBetter: false, ours: afterWrite.status === 200 ? Math.round(afterWrite.ms * 10) / 10 : null },
  ];
}

/** The web pages over a ledger of this size: each page's first answer after start-up, then the median of lone answers. */
export async function measurePages(ctx: BenchContext): Promise<Measurement[]> {
  return onServiceCopy(ctx, 'pages', [], async (app) => {
    const results: Measurement[] = [];
    for (const page of PAGES) {
      const first = await status(app, page.path);
      if (first.status !== 200) {
        results.push({ name: page.name, unit: 'ms', higherIsBetter: false, ours: null, note: `GET ${page.path} answered ${first.status}: not measured` });
        continue;
      }
      results.push(
        { name: `${page.name}: first answer`, unit: 'ms', higherIsBetter: false, ours: Math.round(first.ms * 10) / 10 },
        { name: `${page.name}: alone`, unit: 'ms', higherIsBetter: false, ours: await aloneMs(app, page.path, first.ms > 1_000 ? 3 : 7), note: 'median of repeated lone requests' },
      );
    }
    return [...results, ...(await auditPage(app))];
  });
}
