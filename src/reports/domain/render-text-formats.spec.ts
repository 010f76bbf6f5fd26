import { CSV_COLUMNS, csvField, renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { buildTrendReport } from './trend-report.js';
import { nationalInput, varmlandInput, varmlandMalbild } from './trend-report.fixture.js';
import { parseCsv } from '../../../test/support/parse-csv.js';

describe('renderCsv', () => {
  it('is the indicator table by year, parseable, with a header and one row per indicator and year', () => {
    const rows = parseCsv(renderCsv(buildTrendReport(nationalInput())));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 4 * 5);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const record = (id: string, year: string) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === id && r[2] === year)![i]]));
    expect(record('lan-med-handlingsplan', '2022')).toEqual({
      indikator_id: 'lan-med-handlingsplan',
      indikator: 'Län med beslutad länsgemensam handlingsplan eller färdplan',
      ar: '2022',
      varde: '13',
      population: '21',
      andel: '0.619',
      sakert: '13',
      mojligt: '13',
      publicerat_varde: '60',
      publicerat_enhet: 'procent',
      publicerat_av: 'Socialstyrelsen',
    });
    expect(record('lan-med-malbild', '2021')).toMatchObject({ sakert: '15', mojligt: '16', publicerat_varde: '' });
    expect(record('mobila-team-startade', '2023')).toMatchObject({ varde: '7', population: '', andel: '' });
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Målbild, "version 2"')).toBe('"Målbild, ""version 2"""');
    expect(csvField('två\nrader')).toBe('"två\nrader"');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
    const input = nationalInput();
    const tricky = { ...input.indicators[0], title: 'Län med "beslutad", länsgemensam målbild' };
    const rows = parseCsv(renderCsv(buildTrendReport({ ...input, indicators: [tricky] })));
    expect(rows[1][1]).toBe('Län med "beslutad", länsgemensam målbild');
  });
});

describe('renderMarkdown', () => {
  const national = renderMarkdown(buildTrendReport(nationalInput()));

  it('has every section with its numbers and sentences', () => {
    expect(national.startsWith('# Trendrapport 2019–2023: Hela landet\n')).toBe(true);
    for (const heading of ['Sammanfattning', 'Indikatorer per år', 'Antagande per län', 'Tidslinje', 'Avstämning mot publicerade siffror', 'Datakvalitet', 'Källor']) {
      expect(national).toContain(`\n## ${heading}\n`);
    }
    expect(national).toContain('- Antalet län med beslutad länsgemensam handlingsplan eller färdplan har mer än fördubblats från 6 (2021) till 13 (2022)');
    expect(national).toContain('| Län med beslutad länsgemensam målbild | 3 av 21 (14\u00a0%) | 8 av 21 (38\u00a0%) | 15–16 av 21 (71–76\u00a0%) |');
    expect(national).toContain('- Socialstyrelsen publicerade 60\u00a0% (2022); liggaren härleder 13 av 21 län (62\u00a0%), 2 procentenheter mer.');
    expect(national).toContain('| Värmlands län | Antagen 16 juni 2022 | – | – |');
    expect(national).toContain('1. [Omställningen till nära vård](https://www.regionvarmland.se/) – Region Värmland');
  });

  it('leaves indicators without any recorded decision out of the table but names them', () => {
    const input = nationalInput();
    const none = { id: 'regioner-med-program:far', title: 'Regioner som erbjuder FaR', population: 'region' as const, years: input.indicators[0].years.map((y) => ({ ...y, certain: 0, possible: 0 })) };
    const md = renderMarkdown(buildTrendReport({ ...input, indicators: [...input.indicators, none] }));
    expect(md).not.toContain('| Regioner som erbjuder FaR |');
    expect(md).toContain('Inget registrerat beslut räknas 2019–2023 för indikatorn: Regioner som erbjuder FaR.');
    expect(renderCsv(buildTrendReport({ ...input, indicators: [none] }))).toContain('regioner-med-program:far,Regioner som erbjuder FaR,2019,0,21,0,0,0');
  });

  it('keeps recorded pipes from breaking a table', () => {
    const input = nationalInput();
    const md = renderMarkdown(buildTrendReport({ ...input, indicators: [{ ...input.indicators[0], title: 'A | B' }] }));
    expect(md).toContain('| A \\| B |');
  });

  it('lists a län\'s plans with every party\'s decision', () => {
    const lan = renderMarkdown(buildTrendReport(varmlandInput()));
    expect(lan).toContain('## Antagande av länets planer');
    expect(lan).toContain('Målbild. Fullt antagen den 16 juni 2022, när den sista av 17 parter antog den.');
    expect(lan).toContain('| Karlstads kommun | 16 juni 2022 | Kommunfullmäktige |');
    expect(lan).toContain('| Utvecklingsplan för framtida hälso- och sjukvård | Region Värmland | Strategi | Antagen under 2015 av Region Värmland (Landstingsfullmäktige). |');
  });
});

describe('renderJson', () => {
  it('is the report model, versioned', () => {
    const report = buildTrendReport(nationalInput());
    const json = JSON.parse(renderJson(report));
    expect(json.version).toBe(1);
    expect(json.summary).toEqual(report.summary);
    expect(json.reconciliation.rows[0]).toMatchObject({ indicatorId: 'lan-med-handlingsplan', year: 2022, comparedAs: 'share', difference: '2 procentenheter mer' });
    expect(json.indicators[0].rows[2]).toMatchObject({ year: 2021, certain: 15, possible: 16 });
  });
});

describe('renderMarkdown of a län with many joint plans', () => {
  it('gives the first 12 a section each and lists the others in one table', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...varmlandMalbild(), planId: `malbild-${i + 1}`, title: `Målbild ${String(i + 1).padStart(2, '0')} för Värmland` }));
    const md = renderMarkdown(buildTrendReport(varmlandInput({ plans: many })));
    expect(md.match(/^### Målbild \d+ för Värmland$/gm)).toHaveLength(12);
    expect(md).toContain('Ytterligare 1 länsgemensam plan, utan diagram och parternas beslut (de 12 första visas ovan):');
    expect(md).toMatch(/^\| Målbild 13 för Värmland \|/m);
  });
});
