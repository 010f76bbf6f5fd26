import { statusBadge, type Progress } from '../components/status.js';
import { dataTable } from '../components/table.js';
import { formatDecisionDate, formatNumber } from '../format.js';
import { flag, html, trustedHtml, type SafeHtml } from '../html.js';
import { PLAN_KIND_LABELS, labelOf } from '../labels.js';
import type { InitiativeView, LanPageView, PlanAdoptionView, PlanFactsView, PlanLineView, SelectOption, TimelineFilterView, TimelineItemView } from './lan-view.js';

const STATUS_WORDS: Readonly<Record<PlanFactsView['status'], string>> = {
  active: '',
  withdrawn: 'Återkallad',
  superseded: 'Ersatt',
};

function planProgress(status: PlanFactsView['status'], adopted: number, expected: number): { progress: Progress; text: string } {
  const count = `${adopted} av ${expected}`;
  if (status !== 'active') return { progress: 'none', text: `${STATUS_WORDS[status]} (${count} hade antagit)` };
  if (expected > 0 && adopted >= expected) return { progress: 'done', text: `${count} har antagit` };
  if (adopted > 0) return { progress: 'partial', text: `${count} har antagit` };
  return { progress: 'none', text: `0 av ${expected} har antagit` };
}

function planSection(plan: PlanAdoptionView, index: number): SafeHtml {
  const { progress, text } = planProgress(plan.status, plan.adopted.length, plan.expected);
  const id = `plan-${index + 1}`;
  const rows = [
    ...plan.adopted.map(
      (a) => html`<tr><th scope="row">${a.partyName}</th><td>${statusBadge('done', 'Antagit')}</td><td>${formatDecisionDate(a.decidedOn)}</td><td>${a.decidedBy}</td></tr>`,
    ),
    ...plan.missing.map(
      (name) => html`<tr><th scope="row">${name}</th><td>${statusBadge('none', 'Saknas')}</td><td></td><td></td></tr>`,
    ),
  ];
  const head = html`<tr><th scope="col">Part</th><th scope="col">Status</th><th scope="col">Beslutsdatum</th><th scope="col">Beslutande organ</th></tr>`;
  return html`<article class="plan" aria-labelledby="${id}">
    <h3 id="${id}">${plan.title}</h3>
    <p>${labelOf(PLAN_KIND_LABELS, plan.kind)} · ${plan.scopeLabel} · ${statusBadge(progress, text)}
      ${plan.fullyAdoptedOn ? html` · fullt antagen ${formatDecisionDate(plan.fullyAdoptedOn)}` : ''}</p>
    ${plan.missing.length > 0 && plan.status === 'active' ? html`<p>Saknas: ${plan.missing.join(', ')}.</p>` : ''}
    ${plan.chartSvg ? html`<figure class="chart">${trustedHtml(plan.chartSvg)}</figure>` : ''}
    ${plan.expected > 0 ? dataTable(`${id}-parter`, html`Parter och antaganden: ${plan.title}`, head, rows) : ''}
  </article>`;
}

function morePlansTable(plans: readonly PlanLineView[], shown: number): SafeHtml {
  if (plans.length === 0) return html``;
  const head = html`<tr><th scope="col">Plan</th><th scope="col">Slag</th><th scope="col">Omfattning</th><th scope="col">Antagen</th></tr>`;
  const rows = plans.map((plan) => {
    const { progress, text } = planProgress(plan.status, plan.adoptedCount, plan.expected);
    return html`<tr>
      <th scope="row">${plan.title}</th>
      <td>${labelOf(PLAN_KIND_LABELS, plan.kind)}</td>
      <td>${plan.scopeLabel}</td>
      <td>${statusBadge(progress, text)}${plan.fullyAdoptedOn ? html`<br><small>fullt antagen ${formatDecisionDate(plan.fullyAdoptedOn)}</small>` : ''}</td>
    </tr>`;
  });
  return dataTable('fler-planer', `Ytterligare ${formatNumber(plans.length)} ${plans.length === 1 ? 'plan' : 'planer'}, utan parter och diagram (de ${shown} första visas ovan)`, head, rows);
}

function select(name: string, label: string, current: string, options: readonly SelectOption[]): SafeHtml {
  const items = options.map((o) => html`<option value="${o.value}"${flag('selected', o.value === current)}>${o.label}</option>`);
  return html`<div><label for="filter-${name}">${label}</label>
    <select id="filter-${name}" name="${name}"><option value="">Alla</option>${items}</select></div>`;
}

function filterForm(path: string, filters: TimelineFilterView, hidden: SafeHtml): SafeHtml {
  return html`<form class="filters" method="get" action="${path}#tidslinje" aria-label="Filtrera tidslinjen">
    ${hidden}
    ${select('kind', 'Slag', filters.kind, filters.kinds)}
    ${select('program', 'Program', filters.program, filters.programs)}
    ${select('focusArea', 'Fokusområde', filters.focusArea, filters.focusAreas)}
    ${select('year', 'År', filters.year, filters.years)}
    <div><button type="submit">Filtrera</button></div>
  </form>`;
}

function timelineTable(items: readonly TimelineItemView[], truncated: boolean): SafeHtml {
  if (items.length === 0) return html`<p>Inga händelser matchar urvalet.</p>`;
  const head = html`<tr><th scope="col">Beslutsdatum</th><th scope="col">Händelse</th><th scope="col">Vad</th><th scope="col">Vem</th></tr>`;
  const rows = items.map(
    (item) => html`<tr data-position="${item.position}">
      <td>${formatDecisionDate(item.decidedOn)}</td>
      <td>${item.eventLabel}${item.kindLabel ? html`<br><small>${item.kindLabel}</small>` : ''}</td>
      <td>${item.href ? html`<a href="${item.href}">${item.subject}</a>` : item.subject}</td>
      <td>${item.actor ?? ''}</td>
    </tr>`,
  );
  const caption = truncated ? `Tidslinje, de ${items.length} första händelserna; välj ett år eller slag för att se fler` : `Tidslinje, ${items.length} händelser i beslutsordning`;
  return dataTable('tidslinjetabell', caption, head, rows);
}

function initiativesTable(initiatives: readonly InitiativeView[], count: number): SafeHtml {
  if (initiatives.length === 0) return html`<p>Inga insatser registrerade.</p>`;
  const head = html`<tr><th scope="col">Insats</th><th scope="col">Slag</th><th scope="col">Läge</th><th scope="col">Huvudmän</th><th scope="col">Fokusområden</th></tr>`;
  const rows = initiatives.map(
    (i) => html`<tr>
      <th scope="row">${i.title}</th>
      <td>${i.kind}${i.program ? html`<br><small>${i.program}</small>` : ''}</td>
      <td>${i.stage}${i.stageOn ? html` ${formatDecisionDate(i.stageOn)}` : ''}</td>
      <td>${i.owners.join(', ')}</td>
      <td>${i.focusAreas.join(', ')}</td>
    </tr>`,
  );
  const caption = count > initiatives.length ? `Arbetssätt och insatser, de ${initiatives.length} första av ${formatNumber(count)} i bokstavsordning` : 'Arbetssätt och insatser';
  return dataTable('insatstabell', caption, head, rows);
}

/** The län page: adoption per plan, the county timeline, initiatives and teams, and the trend report. */
export function lanBody(view: LanPageView, path: string, hiddenQuery: SafeHtml, embed: boolean, origin = ''): SafeHtml {
  return html`
  <p>${view.parties}. <a href="${view.trendReportHref}"${embed ? html` target="_top"` : ''}>Trendrapport för ${view.name}</a></p>
  <section aria-labelledby="planer">
    <h2 id="planer">Planer och antaganden</h2>
    <div id="planlista" data-live-region>
      ${view.plans.length > 0 ? view.plans.map(planSection) : html`<p>Inga planer registrerade för ${view.name}.</p>`}
      ${morePlansTable(view.morePlans, view.plans.length)}
    </div>
  </section>
  <section aria-labelledby="tidslinje">
    <h2 id="tidslinje">Tidslinje</h2>
    ${filterForm(path, view.filters, hiddenQuery)}
    <div id="tidslinjen" data-live-region>${timelineTable(view.timeline, view.timelineTruncated)}</div>
  </section>
  <section aria-labelledby="insatser">
    <h2 id="insatser">Arbetssätt och insatser</h2>
    <div id="insatslista" data-live-region>
      <p>${formatNumber(view.initiativeCount)} insatser, varav ${formatNumber(view.teamCount)} mobila team.</p>
      ${initiativesTable(view.initiatives, view.initiativeCount)}
    </div>
  </section>
  ${embed
    ? ''
    : html`<section aria-labelledby="badda-in">
    <h2 id="badda-in">Bädda in sidan</h2>
    <p>Sidan finns utan sidhuvud och meny för att visas på en regions eller kommuns egen webbplats:</p>
    <p><label for="inbaddning">Kod att klistra in</label><br>
    <textarea id="inbaddning" readonly rows="2" cols="60">${`<iframe src="${origin}/lan/${view.code}?embed=1" title="Omställningen till nära vård i ${view.name}" width="100%" height="900"></iframe>`}</textarea></p>
  </section>`}`;
}
