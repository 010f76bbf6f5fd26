import { readFileSync } from 'node:fs';
import { DomainError } from '../../src/ledger/domain/domain-error.js';
import { generateTrendReport } from '../../src/reports/generate-trend-report.js';
import { startApp, type StartedApp } from '../support/start-app.js';
import { parseCsv } from '../support/parse-csv.js';
import { importPublicDataset } from './reports-support.js';

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');
const section = (html: string, id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));

/** Undated facts of the dataset's source documents that have files in the dataset (those the ledger cites once imported). */
function undatedOfImportedSources(): number {
  const quality = JSON.parse(readFileSync(new URL('../../src/dataset/data-quality.json', import.meta.url), 'utf8')) as {
    bySource: Record<string, number>;
    sources: Record<string, { files: string[] }>;
  };
  return Object.entries(quality.sources)
    .filter(([, source]) => source.files.length > 0)
    .reduce((sum, [key]) => sum + (quality.bySource[key] ?? 0), 0);
}

interface JsonReport {
  asOf: string | null;
  summary: string[];
  indicators: { id: string; rows: { year: number; certain: number; possible: number }[] }[];
  reconciliation: { rows: { indicatorId: string; year: number; comparedAs: string; published: string; derived: string; difference: string; sentence: string }[] };
  adoption: { plans: { planId: string; expected: number; adoptions: { party: string; latest: string }[] }[] };
  timeline: { year: number; highlights: unknown[] }[];
}

describe('GET /reports/trend over the public dataset', () => {
  let started: StartedApp;
  let national: JsonReport;
  const get = (query: string) => fetch(`${started.url}/reports/trend?${query}`);
  const derived2022 = (id: string) => national.indicators.find((i) => i.id === id)!.rows.find((r) => r.year === 2022)!.certain;

  beforeAll(async () => {
    started = await startApp();
    await importPublicDataset(started.app);
    national = (await (await get('from=2019&to=2023&format=json')).json()) as JsonReport;
  });

  afterAll(async () => started.close());

  it('answers JSON with the published 2022 figures beside what the ledger derives, in words', async () => {
    const response = await get('from=2019&to=2023&format=json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="trendrapport-hela-landet-2019-2023.json"');
    const malbild = derived2022('lan-med-malbild');
    expect(malbild).toBeGreaterThan(0);
    const rows = national.reconciliation.rows.filter((r) => r.year === 2022);
    expect(rows.find((r) => r.indicatorId === 'lan-med-malbild')).toMatchObject({
      comparedAs: 'count',
      published: '20 av 21 län',
      derived: `${malbild} av 21 län`,
      sentence: `SKR publicerade 20 av 21 län (2022); liggaren härleder ${malbild} av 21 län, ${20 - malbild} län färre.`,
    });
    const handlingsplan = rows.find((r) => r.indicatorId === 'lan-med-handlingsplan')!;
    const share = Math.round((derived2022('lan-med-handlingsplan') / 21) * 100);
    expect(handlingsplan).toMatchObject({ comparedAs: 'share', published: '60\u00a0%' });
    expect(handlingsplan.sentence).toBe(
      `SKR publicerade 60\u00a0% (2022); liggaren härleder ${derived2022('lan-med-handlingsplan')} av 21 län (${share}\u00a0%), ${60 - share} procentenheter mindre.`,
    );
  });

  it('renders the national report as one self-contained HTML page with charts, the reconciliation and the data-quality notes', async () => {
    const response = await get('from=2019&to=2023&scope=national&format=html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="trendrapport-hela-landet-2019-2023.html"');
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).not.toMatch(/<script|<img |url\(http/i);
    expect(html.match(/<link [^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    expect((html.match(/<svg [^>]*role="img"/g) ?? []).length).toBeGreaterThanOrEqual(1);
    const reconciliation = text(section(html, 'avstamning'));
    for (const row of national.reconciliation.rows.filter((r) => r.year === 2022)) expect(reconciliation).toContain(row.sentence);
    expect(reconciliation).toContain('Publicerade siffror bredvid liggarens härledning');
    expect(text(section(html, 'sammanfattning'))).toContain(national.summary[0]);
    const quality = text(section(html, 'datakvalitet'));
    expect(quality).toContain(`${undatedOfImportedSources()} uppgifter i den publika datamängden saknar beslutsdatum i källan`);
    expect(quality).toMatch(/har \d+ ett oprecist datum: \d+ med bara månad, \d+ med bara årstid och \d+ med bara år\./);
    expect(text(section(html, 'kallor'))).toContain('Nästa steg i omställningen till Nära vård – Årsberättelse 2022 och 2023');
    expect(text(section(html, 'antagande'))).toContain('Värmlands län Antagen 16 juni 2022');
  });

  it('renders Markdown with the same sections and sentences', async () => {
    const response = await get('from=2019&to=2023&format=md');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="trendrapport-hela-landet-2019-2023.md"');
    const md = await response.text();
    expect(md.startsWith('# Trendrapport 2019–2023: Hela landet\n')).toBe(true);
    expect(md).toContain('## Avstämning mot publicerade siffror');
    for (const row of national.reconciliation.rows) expect(md).toContain(`- ${row.sentence}`);
    expect(md).toContain(`| Län med beslutad länsgemensam målbild | 0 av 21 (0\u00a0%) |`);
  });

  it('renders CSV that parses back to the indicator table by year with the published values', async () => {
    const response = await get('from=2019&to=2023&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="trendrapport-hela-landet-2019-2023.csv"');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(['indikator_id', 'indikator', 'ar', 'varde', 'population', 'andel', 'sakert', 'mojligt', 'publicerat_varde', 'publicerat_enhet', 'publicerat_av']);
    expect(rows).toHaveLength(national.indicators.length * 5);
    const malbild = rows.find((r) => r[0] === 'lan-med-malbild' && r[2] === '2022')!;
    expect(malbild).toEqual([
      'lan-med-malbild',
      'Län med beslutad länsgemensam målbild',
      '2022',
      String(derived2022('lan-med-malbild')),
      '21',
      String(Number((derived2022('lan-med-malbild') / 21).toFixed(4))),
      String(derived2022('lan-med-malbild')),
      expect.stringMatching(/^\d+$/),
      '20',
      'antal',
      'SKR',
    ]);
    expect(rows.find((r) => r[0] === 'lan-med-handlingsplan' && r[2] === '2022')!.slice(8)).toEqual(['60', 'procent', 'SKR']);
  });

  it('shows Värmland the målbild adoption curve reaching 17 of 17 on 2022-06-16', async () => {
    const response = await get('from=2019&to=2023&scope=lan:17&format=html');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="trendrapport-lan-17-2019-2023.html"');
    const html = await response.text();
    expect(html).toContain('<title id="diagram-antagande-lan17-malbild-2022-title">Värmlands målbild för god och nära vård, hälsa och omsorg – antagna parter över tid</title>');
    expect(html).toMatch(/<text[^>]*>17 av 17, 16 juni 2022<\/text>/);
    expect(text(section(html, 'sammanfattning'))).toContain(
      'Värmlands målbild för god och nära vård, hälsa och omsorg blev fullt antagen den 16 juni 2022, när den sista av 17 parter antog den.',
    );
    expect(text(section(html, 'avstamning'))).toContain('gäller hela landet och stäms av i den nationella rapporten');
    const lan = (await (await get('from=2019&to=2023&scope=lan:17&format=json')).json()) as JsonReport;
    const malbild = lan.adoption.plans.find((p) => p.planId === 'lan17-malbild-2022')!;
    expect(malbild.expected).toBe(17);
    expect(malbild.adoptions).toHaveLength(17);
    expect(malbild.adoptions.map((a) => a.latest).sort().at(-1)).toBe('2022-06-16');
  });

  it('reads the ledger as it was at asOf and says so in the file name', async () => {
    const response = await get('from=2019&to=2023&scope=lan:17&format=json&asOf=2020-01-01');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="trendrapport-lan-17-2019-2023-per-2020-01-01.json"');
    const before = (await response.json()) as JsonReport;
    expect(before.asOf).toBe('2020-01-01T22:59:59.999Z');
    expect(before.adoption.plans).toEqual([]);
    expect(before.timeline.every((y) => y.highlights.length === 0)).toBe(true);
  });

  it('gives the command line the same report as HTTP, and the same refusals', async () => {
    const cli = await generateTrendReport(started.app, { from: 2019, to: 2023, scope: 'lan:17', format: 'md' });
    const http = await (await get('from=2019&to=2023&scope=lan:17&format=md')).text();
    const withoutTime = (md: string) => md.replace(/Skapad .*$/m, '');
    expect(withoutTime(cli)).toBe(withoutTime(http));
    expect(cli).toContain('| Karlstads kommun | 16 juni 2022 |');
    await expect(generateTrendReport(started.app, { from: 2019, to: 2023, scope: 'lan:99' })).rejects.toEqual(
      expect.objectContaining({ code: 'REPORT.INVALID_QUERY', field: 'scope' }),
    );
    await expect(generateTrendReport(started.app, { from: '2019', to: '2023', format: 'pdf' })).rejects.toBeInstanceOf(DomainError);
  });

  it.each([
    ['from=2019', 'to', 'required'],
    ['from=nitton&to=2023', 'from', 'year'],
    ['from=2023&to=2019', 'to', 'not-before-from'],
    ['from=1900&to=2023', 'from', 'year'],
    ['from=2019&to=2023&scope=lan:99', 'scope', 'national-or-lan'],
    ['from=2019&to=2023&scope=kommun:1784', 'scope', 'national-or-lan'],
    ['from=2019&to=2023&format=pdf', 'format', 'report-format'],
    ['from=2019&to=2023&asOf=igår', 'asOf', 'date'],
    ['from=2019&to=2023&format=html&format=md', 'format', 'single-value'],
    ['from=2019&to=2023&lan=17', 'lan', 'known-parameter'],
  ])('refuses %s with 400 naming %s', async (query, field, rule) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; field: string; rule: string; message: string };
    expect(body).toMatchObject({ field, rule });
    expect(body.message.startsWith(`${field}: `)).toBe(true);
  });
});
