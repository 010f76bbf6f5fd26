import { renderAdoptionStepChart } from '../../charts/adoption-step-chart.js';
import { renderLineChart } from '../../charts/line-chart.js';
import type { RenderOptions } from '../../charts/render-svg.js';
import { ChartMemo } from './chart-memo.js';
import { html, trustedHtml, type SafeHtml } from '../../web/html.js';
import {
  adoptionByLanTable,
  figure,
  indicatorTable,
  metaList,
  planSection,
  reconciliationSection,
  sourcesList,
  timelineSection,
} from './html-sections.js';
import { reportCharts } from './report-charts.js';
import { REPORT_CSS } from './report-styles.js';
import type { TrendReport } from './trend-report.js';

const section = (id: string, title: string, body: SafeHtml | readonly SafeHtml[]) =>
  html`<section id="${id}" aria-labelledby="${id}-rubrik"><h2 id="${id}-rubrik">${title}</h2>
${body}
</section>`;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no scripts,
 * no external resources (an empty inline icon keeps browsers from asking for
 * /favicon.ico), prints on A4.
 */
export async function renderHtml(report: TrendReport, options: RenderOptions = {}, memo: ChartMemo = new ChartMemo()): Promise<string> {
  const charts = reportCharts(report);
  const lineSvgs = await Promise.all(charts.lines.map((chart) => memo.draw(chart, (c) => renderLineChart(c, options))));
  const planSvgs = new Map<string, string>();
  for (const chart of charts.adoption) planSvgs.set(chart.planId, await memo.draw(chart, (c) => renderAdoptionStepChart(c, options)));
  const national = report.scope.kind === 'national';
  const adoptionTitle = national ? 'Antagande per län' : 'Antagande av länets planer';
  const sections: [string, string, SafeHtml | readonly SafeHtml[]][] = [
    ['sammanfattning', 'Sammanfattning', html`<ul class="summary">${report.summary.map((s) => html`<li>${s}</li>`)}</ul>`],
    [
      'indikatorer',
      'Indikatorer per år',
      [...lineSvgs.map((svg, i) => figure(svg, `Diagram ${i + 1}. ${charts.lines[i].title}. Samma värden finns i tabellen nedan.`)), indicatorTable(report)],
    ],
    ['antagande', adoptionTitle, national ? adoptionByLanTable(report) : planSection(report, planSvgs)],
    ['tidslinje', 'Tidslinje', html`<div class="timeline">${timelineSection(report)}</div>`],
    ['avstamning', 'Avstämning mot publicerade siffror', reconciliationSection(report)],
    ['datakvalitet', 'Datakvalitet', html`<ul>${report.dataQuality.notes.map((n) => html`<li>${n}</li>`)}</ul>`],
    ['kallor', 'Källor', sourcesList(report)],
  ];
  const page = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.title}</title>
<link rel="icon" href="data:,">
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
<header>
<p class="kicker">Omställningen till god och nära vård</p>
<h1>${report.title}</h1>
${metaList(report)}
<nav aria-label="Innehåll"><ol>${sections.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ol></nav>
</header>
<main>
${sections.map(([id, title, body]) => section(id, title, body))}
</main>
<footer>Härlett ur beslutsliggaren Omställning. Varje siffra kan spåras till registrerade beslut och deras källor.</footer>
</body>
</html>
`;
  return page.value;
}
