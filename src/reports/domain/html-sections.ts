import { formatRecordTime } from '../../web/format.js';
import { html, trustedHtml, type SafeHtml } from '../../web/html.js';
import { ADOPTION_COLUMNS, jointPlans, listedJointPlansCaption, type PlanAdoptionDetail } from './adoption-section.js';
import { countText, shareText } from './indicator-cells.js';
import { sourcesSentence, unrecordedSentence, type TrendReport } from './trend-report.js';

/** The HTML report's sections, one function each; charts come in as rendered SVG strings. */

export function metaList(report: TrendReport): SafeHtml {
  const asOf = report.asOf ? formatRecordTime(report.asOf) : `allt som var registrerat när rapporten skapades`;
  return html`<dl class="meta">
<dt>Omfång</dt><dd>${report.scopeName}</dd>
<dt>Beslutsår</dt><dd>${report.from}–${report.to}, läget vid utgången av varje år</dd>
<dt>Liggaren som den var</dt><dd>${asOf}</dd>
<dt>Skapad</dt><dd>${formatRecordTime(report.generatedAt)}</dd>
</dl>`;
}

export const figure = (svg: string, caption: string): SafeHtml =>
  html`<figure>${trustedHtml(svg)}<figcaption>${caption}</figcaption></figure>`;

export function indicatorTable(report: TrendReport): SafeHtml {
  const years = Array.from({ length: report.to - report.from + 1 }, (_, i) => report.from + i);
  const unrecorded = unrecordedSentence(report);
  const rows = report.indicators.filter((table) => table.recorded).map((table) => {
    const byYear = new Map(table.rows.map((row) => [row.year, row]));
    const cells = years.map((year) => {
      const row = byYear.get(year);
      if (!row) return html`<td class="num">–</td>`;
      const share = shareText(row);
      return html`<td class="num">${countText(row)}${share ? html`<span class="share">${share}</span>` : ''}</td>`;
    });
    return html`<tr><th scope="row">${table.title}</th>${cells}</tr>`;
  });
  if (rows.length === 0) return html`<p>${unrecorded ?? ''}</p>`;
  return html`<table>
<caption>Indikatorer vid utgången av varje år<small>Antal av populationen och andel. Ett spann (13–14) visar säkert till möjligt antal när beslutsdatum är oprecisa.</small></caption>
<thead><tr><th scope="col">Indikator</th>${years.map((y) => html`<th scope="col" class="num">${y}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
${unrecorded ? html`<p>${unrecorded}</p>` : ''}`;
}

export function adoptionByLanTable(report: TrendReport): SafeHtml {
  const rows = report.adoption.byLan.map(
    (row) => html`<tr><th scope="row">${row.name}</th>${ADOPTION_COLUMNS.map((c) => {
      const cell = row.cells[c.key];
      return html`<td class="${cell.status}" title="${cell.planTitle ?? ''}">${cell.text}</td>`;
    })}</tr>`,
  );
  return html`<table>
<caption>Länsgemensamma styrdokument per län vid utgången av ${report.to}<small>"Antagen" när samtliga parter har antagit; annars hur många parter som antagit.</small></caption>
<thead><tr><th scope="col">Län</th>${ADOPTION_COLUMNS.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function jointPlan(plan: PlanAdoptionDetail, svg: string | undefined): SafeHtml {
  return html`<h3>${plan.title}</h3>
<p>${plan.kind}. ${plan.summary}</p>
${svg ? figure(svg, `Antagna parter per beslutsdag för ${plan.title}.`) : ''}
${plan.adoptions.length > 0 ? html`<table>
<caption>Parternas beslut om ${plan.title}</caption>
<thead><tr><th scope="col">Part</th><th scope="col">Beslutsdag</th><th scope="col">Beslutande organ</th></tr></thead>
<tbody>${plan.adoptions.map((a) => html`<tr><td>${a.party}</td><td>${a.when}</td><td>${a.decidedBy}</td></tr>`)}</tbody>
</table>` : ''}
${plan.missing.length > 0 ? html`<p>Har inte antagit: ${plan.missing.join(', ')}.</p>` : ''}`;
}

function listedJointPlans(plans: readonly PlanAdoptionDetail[]): SafeHtml | '' {
  if (plans.length === 0) return '';
  return html`<table>
<caption>${listedJointPlansCaption(plans)}</caption>
<thead><tr><th scope="col">Plan</th><th scope="col">Typ</th><th scope="col">Läge vid periodens slut</th></tr></thead>
<tbody>${plans.map((p) => html`<tr><td>${p.title}</td><td>${p.kind}</td><td>${p.summary}</td></tr>`)}</tbody>
</table>`;
}

function ownPlans(plans: readonly PlanAdoptionDetail[]): SafeHtml | '' {
  if (plans.length === 0) return '';
  return html`<h3>Regionens och kommunernas egna planer</h3>
<table>
<caption>Egna styrdokument i länet</caption>
<thead><tr><th scope="col">Plan</th><th scope="col">Ägare</th><th scope="col">Typ</th><th scope="col">Läge vid periodens slut</th></tr></thead>
<tbody>${plans.map((p) => html`<tr><td>${p.title}</td><td>${p.owner}</td><td>${p.kind}</td><td>${p.summary}</td></tr>`)}</tbody>
</table>`;
}

export function planSection(report: TrendReport, charts: ReadonlyMap<string, string>): SafeHtml {
  const plans = report.adoption.plans;
  if (plans.length === 0) return html`<p>Inga planer för länet finns i liggaren.</p>`;
  const { inFull, listed } = jointPlans(plans);
  return html`${inFull.length === 0 ? html`<p>Ingen länsgemensam plan finns i liggaren.</p>` : inFull.map((p) => jointPlan(p, charts.get(p.planId)))}
${listedJointPlans(listed)}
${ownPlans(plans.filter((p) => !p.joint))}`;
}

export function timelineSection(report: TrendReport): SafeHtml[] {
  return report.timeline.map(
    (year) => html`<h3>${year.year}</h3>
${year.highlights.length === 0 ? html`<p class="more">Inga beslut registrerade för ${year.year}.</p>` : ''}
<ol>${year.highlights.map(
      (h) => html`<li><span class="when">${h.when}</span><span>${h.text}${h.sources.length > 0 ? html`<span class="src">Källa: ${h.sources.join('; ')}</span>` : ''}</span></li>`,
    )}</ol>
${year.more > 0 ? html`<p class="more">Ytterligare ${year.more} händelser ${year.year} visas inte här.</p>` : ''}`,
  );
}

function unmatchedTable(report: TrendReport): SafeHtml | '' {
  const { unmatched } = report.reconciliation;
  if (unmatched.length === 0) return '';
  return html`<table>
<caption>Publicerade siffror som liggaren inte härleder<small>Liggaren har ingen indikator för dessa; de visas som de publicerades.</small></caption>
<thead><tr><th scope="col">Siffra</th><th scope="col" class="num">År</th><th scope="col">Publicerat</th><th scope="col">Utgivare</th><th scope="col">Anmärkning</th></tr></thead>
<tbody>${unmatched.map(
    (r) => html`<tr><td>${r.indicatorId}</td><td class="num">${r.year}</td><td>${r.published}</td><td>${r.publisher}</td><td>${r.note ?? ''}</td></tr>`,
  )}</tbody>
</table>`;
}

export function reconciliationSection(report: TrendReport): SafeHtml {
  const { rows, note } = report.reconciliation;
  const compared =
    rows.length === 0
      ? ''
      : html`<table>
<caption>Publicerade siffror bredvid liggarens härledning</caption>
<thead><tr><th scope="col">Indikator</th><th scope="col" class="num">År</th><th scope="col">Publicerat</th><th scope="col">Liggaren härleder</th><th scope="col">Skillnad</th></tr></thead>
<tbody>${rows.map(
          (r) => html`<tr><td>${r.indicator}</td><td class="num">${r.year}</td><td>${r.published} <span class="share">${r.publisher}</span></td><td>${r.derived}</td><td>${r.difference}</td></tr>`,
        )}</tbody>
</table>
<ul>${rows.map((r) => html`<li>${r.sentence}${r.note ? html` <em>${r.note}</em>` : ''}</li>`)}</ul>`;
  return html`${note ? html`<p>${note}</p>` : ''}${compared}${unmatchedTable(report)}`;
}

export function sourcesList(report: TrendReport): SafeHtml {
  if (report.sources.length === 0) return html`<p>Inga källor i rapportens omfång.</p>`;
  const note = sourcesSentence(report);
  return html`${note ? html`<p>${note}</p>` : ''}<ol class="sources">${report.sources.map(
    (s) => html`<li>${s.url && /^https?:\/\//i.test(s.url) ? html`<a href="${s.url}">${s.title}</a>` : s.title}${s.publisher ? html` <span class="publisher">– ${s.publisher}</span>` : ''}</li>`,
  )}</ol>`;
}
