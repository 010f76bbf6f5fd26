import { jest } from '@jest/globals';
import { renderHtml } from './render-html.js';
import { buildTrendReport } from './trend-report.js';
import { SourceIndex } from './source-index.js';
import { nationalInput, timelineLines, varmlandInput, varmlandMalbild, varmlandTimeline } from './trend-report.fixture.js';

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');

describe('renderHtml', () => {
  let national: string;
  let lan: string;
  const onWarning = jest.fn();

  beforeAll(async () => {
    national = await renderHtml(buildTrendReport(nationalInput()), { onWarning });
    lan = await renderHtml(buildTrendReport(varmlandInput()), { onWarning });
  });

  it('is one self-contained Swedish page: inline CSS, no scripts, no external resources', () => {
    expect(national).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(national).toContain('<meta charset="utf-8">');
    expect(national).not.toMatch(/<script|<img |<iframe|@import|url\(http/i);
    expect(national.match(/<link [^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    expect(national.match(/ src="/g)).toBeNull();
    const hrefs = [...national.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.filter((h) => !h.startsWith('#') && h !== 'data:,')).toEqual(['https://www.regionvarmland.se/', 'https://www.socialstyrelsen.se/']);
  });

  it('prints on A4', () => {
    expect(national).toContain('@page { size: A4; margin: 18mm; }');
    expect(national).toContain('@media print');
  });

  it('draws the indicator charts as inline, labelled SVG without vega warnings', () => {
    const svgs = national.match(/<svg [^>]*role="img"/g) ?? [];
    expect(svgs).toHaveLength(3);
    expect(national).toContain('<title id="diagram-lan-1-title">Andel av länen 2019–2023</title>');
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('has the summary, the indicator table, adoption per län, the timeline and the sources', () => {
    const body = text(national);
    expect(body).toContain('Antalet län med beslutad länsgemensam handlingsplan eller färdplan har mer än fördubblats från 6 (2021) till 13 (2022)');
    expect(national).toContain('<caption>Indikatorer vid utgången av varje år');
    expect(body).toContain('15–16 av 21 71–76\u00a0%');
    expect(body).toContain('Värmlands län Antagen 16 juni 2022');
    expect(body).toContain('antogs av samtliga 17 parter; fullt antagen den 16 juni 2022.');
    expect(body).toContain('Socialstyrelsens uppföljning av omställningen till god och nära vård 2023 – Socialstyrelsen');
  });

  it('reconciles the published 2022 figures in a table and in words', () => {
    const section = national.slice(national.indexOf('<section id="avstamning"'), national.indexOf('<section id="datakvalitet"'));
    expect(section).toContain('<caption>Publicerade siffror bredvid liggarens härledning</caption>');
    expect(text(section)).toContain('Socialstyrelsen publicerade 60\u00a0% (2022); liggaren härleder 13 av 21 län (62\u00a0%), 2 procentenheter mer.');
  });

  it('notes data quality', () => {
    expect(text(national)).toContain('Av 412 beslut i rapportens omfång har 37 ett oprecist datum');
    expect(text(national)).toContain('14 uppgifter i den publika datamängden saknar beslutsdatum');
  });

  it('shows a län its plans with the målbild adoption curve reaching 17 of 17 on 16 June 2022', () => {
    expect(lan).toContain('<title id="diagram-antagande-varmland-malbild-2022-title">');
    expect(lan).toMatch(/<text[^>]*>17 av 17, 16 juni 2022<\/text>/);
    expect(text(lan)).toContain('Karlstads kommun 16 juni 2022 Kommunfullmäktige');
    expect(text(lan)).toContain('Regionens och kommunernas egna planer');
    expect(text(lan)).toContain('Utvecklingsplan för framtida hälso- och sjukvård Region Värmland Strategi Antagen under 2015 av Region Värmland (Landstingsfullmäktige).');
    expect(lan.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
    expect(text(lan)).toContain('Publicerade siffror från SKR och Socialstyrelsen gäller hela landet');
  });

  it('escapes recorded text', async () => {
    const tricky = { title: '<script>alert(1)</script>', url: 'javascript:alert(1)', publisher: 'X & Y' };
    const timeline = timelineLines(varmlandTimeline().map((entry) => ({ ...entry, source: tricky })), [varmlandMalbild()], 2019, 2023);
    const input = nationalInput({ sources: SourceIndex.of([tricky]), timeline });
    const page = await renderHtml(buildTrendReport(input));
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('X &amp; Y');
    expect(page).not.toContain('javascript:');
  });

  it('is the same page for the same report', async () => {
    expect(await renderHtml(buildTrendReport(nationalInput()))).toBe(national);
  });

  it('gives the first 12 of a län’s joint plans a section and a curve each, and the others one table', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ ...varmlandMalbild(), planId: `malbild-${i + 1}`, title: `Målbild ${String(i + 1).padStart(2, '0')} för Värmland` }));
    const page = await renderHtml(buildTrendReport(varmlandInput({ plans: many })));
    const adoption = page.slice(page.indexOf('id="antagande"'), page.indexOf('id="tidslinje"'));
    expect(adoption.match(/<h3>Målbild \d+ för Värmland<\/h3>/g)).toHaveLength(12);
    expect(adoption.match(/<svg /g)).toHaveLength(12);
    expect(adoption).toContain('Ytterligare 2 länsgemensamma planer, utan diagram och parternas beslut (de 12 första visas ovan)');
    expect(adoption).toContain('<td>Målbild 13 för Värmland</td>');
    expect(adoption).toContain('<td>Målbild 14 för Värmland</td>');
    expect(lan).not.toContain('Ytterligare');
  });
});

