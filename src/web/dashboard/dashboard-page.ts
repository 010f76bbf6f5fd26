import { decisionList } from '../components/decision-list.js';
import { countText, yearText } from '../components/indicator-figures.js';
import { statusBadge } from '../components/status.js';
import { dataTable } from '../components/table.js';
import { html, trustedHtml, type SafeHtml } from '../html.js';
import type { DashboardView, IndicatorView, LanPlanStatus, LanStatusRow } from './dashboard-view.js';

function indicatorCard(indicator: IndicatorView): SafeHtml {
  const { latest, previous } = indicator;
  if (!latest) {
    return html`<li class="card"><h3>${indicator.title}</h3><p>Inga uppgifter ännu.</p></li>`;
  }
  return html`<li class="card" data-indicator="${indicator.id}">
    <h3>${indicator.title}</h3>
    <p class="figure">${countText(latest)} <small>${latest.population !== null && indicator.populationNoun ? `av ${latest.population} ${indicator.populationNoun}` : ''} ${latest.year}</small></p>
    ${previous ? html`<p class="compare">${previous.year}: ${yearText(previous, indicator.populationNoun)}</p>` : ''}
    ${indicator.phrase ? html`<p class="phrase">${indicator.phrase}</p>` : ''}
  </li>`;
}

function indicatorChart(indicator: IndicatorView): SafeHtml {
  const rows = indicator.years.map(
    (year) => html`<tr><th scope="row">${year.year}</th><td class="num">${yearText(year, indicator.populationNoun)}</td></tr>`,
  );
  return html`<figure class="chart">
    ${trustedHtml(indicator.chartSvg)}
    <details>
      <summary>Visa siffrorna som tabell</summary>
      ${dataTable(`tabell-${indicator.id}`, indicator.title, html`<tr><th scope="col">År</th><th scope="col" class="num">Värde</th></tr>`, rows)}
    </details>
  </figure>`;
}

function planCell(status: LanPlanStatus): SafeHtml {
  return html`<td>${statusBadge(status.progress, status.text)}${status.planTitle ? html`<br><small>${status.planTitle}</small>` : ''}</td>`;
}

function lanRow(row: LanStatusRow): SafeHtml {
  return html`<tr>
    <th scope="row"><a href="/lan/${row.code}">${row.name}</a></th>
    ${planCell(row.malbild)}
    ${planCell(row.handlingsplan)}
    <td class="num">${row.initiatives}</td>
  </tr>`;
}

/** The 21 län with their målbild and handlingsplan status, in words and symbols. */
export function lanTable(lans: readonly LanStatusRow[]): SafeHtml {
  const head = html`<tr><th scope="col">Län</th><th scope="col">Länsgemensam målbild</th><th scope="col">Länsgemensam handlingsplan eller färdplan</th><th scope="col" class="num">Insatser</th></tr>`;
  const done = lans.filter((row) => row.malbild.progress === 'done').length;
  return html`<p>${done} av ${lans.length} län har en länsgemensam målbild som alla parter antagit.</p>
    ${dataTable('lantabell', 'Målbild och handlingsplan per län', head, lans.map(lanRow))}`;
}

/** The national dashboard: indicators for the latest year, a chart per indicator, the 21 län, the latest decisions. */
export function dashboardBody(view: DashboardView, asOfQuery: string): SafeHtml {
  return html`
  <section aria-labelledby="indikatorer">
    <h2 id="indikatorer">Indikatorer ${view.year ?? ''}</h2>
    <div id="indikatorkort" data-live-region>
      ${view.indicators.length > 0
        ? html`<ul class="cards">${view.indicators.map(indicatorCard)}</ul>`
        : html`<p>Inga indikatorer att visa ännu.</p>`}
    </div>
  </section>
  <section aria-labelledby="utveckling">
    <h2 id="utveckling">Utveckling år för år</h2>
    <div id="diagram" class="charts" data-live-region>${view.indicators.map(indicatorChart)}</div>
  </section>
  <section aria-labelledby="lanen">
    <h2 id="lanen">Länen</h2>
    <div id="lanstatus" data-live-region>${lanTable(view.lans)}</div>
  </section>
  <section aria-labelledby="senaste">
    <h2 id="senaste">Senaste besluten</h2>
    <div id="senaste-beslut" data-live-region>
      ${decisionList(view.latest, 'Liggaren har inga beslut ännu.')}
    </div>
    <p><a href="/audit${asOfQuery}">Hela händelseloggen</a></p>
  </section>`;
}
