import { statusBadge } from '../components/status.js';
import { dataTable } from '../components/table.js';
import { formatNumber, formatRecordTime } from '../format.js';
import { flag, html, type SafeHtml } from '../html.js';
import { EVENT_TYPE_LABELS, labelOf } from '../labels.js';
import type { AuditEventView, AuditPageView, StreamHistoryEntry, StreamHistoryView, VerificationView } from './audit-view.js';

const shortHash = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : '–');

function value(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (Array.isArray(v)) return v.map(value).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function verification(v: VerificationView): SafeHtml {
  const counted = `${formatNumber(v.eventsChecked)} händelser i ${formatNumber(v.streamsChecked)} strömmar`;
  const summary = v.pending
    ? `${counted} kontrollerade hittills, fram till position ${formatNumber(v.pending.through)} av ${formatNumber(v.pending.head)}; ladda om sidan för att se hur långt kontrollen har kommit.`
    : `${counted} kontrollerade${v.checkedAt ? `, senast ${formatRecordTime(v.checkedAt)}` : ''}.`;
  const interrupted = v.interrupted ? html` <strong class="fail">Kontrollen avbröts (${v.interrupted}); den fortsätter vid nästa visning.</strong>` : '';
  if (v.ok && v.pending) {
    return html`<p>${statusBadge('partial', 'Pågår')} Hashkedjan kontrolleras: inget brott hittills. ${summary}${interrupted}</p>`;
  }
  if (v.ok) {
    return html`<p>${statusBadge('done', 'Obruten')} Hashkedjan är obruten: varje händelse bär hashen av den föregående i sin ström. ${summary}${interrupted}</p>`;
  }
  const problems = v.problems.map(
    (p) => html`<li>Första brottet: <a href="/audit?stream=${encodeURIComponent(p.stream)}">${p.stream}</a>, revision ${p.revision} (${p.eventId}): ${p.message}</li>`,
  );
  return html`<p>${statusBadge('none', 'Bruten')} <strong class="fail">Hashkedjan är bruten på ${v.brokenLinks} ${v.brokenLinks === 1 ? 'ställe' : 'ställen'}.</strong> ${summary}${interrupted}</p><ul>${problems}</ul>`;
}

function metadata(event: AuditEventView): SafeHtml {
  return html`<dl class="meta">
    <dt>Position</dt><dd>${event.position}</dd>
    <dt>Händelse-id</dt><dd><code>${event.eventId}</code></dd>
    <dt>Ström</dt><dd><a href="/audit?stream=${encodeURIComponent(event.stream)}">${event.stream}</a>, revision ${event.revision}</dd>
    <dt>Registrerad</dt><dd><time datetime="${event.recordedAt}">${formatRecordTime(event.recordedAt)}</time> av ${event.principal}</dd>
    <dt>Källa</dt><dd>${event.source ? html`${event.source.url ? html`<a href="${event.source.url}">${event.source.title}</a>` : event.source.title}${event.source.publisher ? `, ${event.source.publisher}` : ''}` : 'saknas'}</dd>
    <dt>Korrelation</dt><dd><code>${event.correlationId}</code></dd>
    <dt>Orsak</dt><dd><code>${event.causationId}</code></dd>
    <dt>Hash</dt><dd class="hash">${event.hash}</dd>
    <dt>Föregående hash</dt><dd class="hash">${event.previousHash ?? 'ingen (strömmens första händelse)'}</dd>
  </dl>`;
}

function dataList(data: Readonly<Record<string, unknown>>): SafeHtml {
  const rows = Object.entries(data).map(([k, v]) => html`<dt>${k}</dt><dd>${value(v)}</dd>`);
  return html`<dl class="meta">${rows}</dl>`;
}

function eventCard(event: AuditEventView, heading: string): SafeHtml {
  return html`<div class="card">
    <h4>${heading}: ${labelOf(EVENT_TYPE_LABELS, event.type)} <small>(${event.type})</small></h4>
    ${dataList(event.data)}
    <details><summary>Metadata</summary>${metadata(event)}</details>
  </div>`;
}

function historyEntry(entry: StreamHistoryEntry): SafeHtml {
  const amendments = entry.amendments.map((a) => eventCard(a, a.type === 'RecordRetracted' ? 'Återtagen' : 'Rättelse'));
  return html`<li id="handelse-${entry.event.eventId}">
    <div class="${amendments.length > 0 ? 'pair' : ''}">
      ${eventCard(entry.event, `Revision ${entry.event.revision}`)}
      ${amendments.length > 0 ? html`<div>${amendments}</div>` : ''}
    </div>
  </li>`;
}

function history(view: StreamHistoryView): SafeHtml {
  return html`<section aria-labelledby="strom">
    <h2 id="strom">Strömmens historik: ${view.title ?? view.stream}</h2>
    <p>Ström <code>${view.stream}</code>. Rättelser och återtaganden står bredvid det de rättar; inget skrivs över.</p>
    <ol class="history">${view.entries.map(historyEntry)}</ol>
  </section>`;
}

function filterForm(view: AuditPageView, hidden: SafeHtml): SafeHtml {
  const types = view.types.map((t) => html`<option value="${t}"${flag('selected', t === view.filters.type)}>${labelOf(EVENT_TYPE_LABELS, t)}</option>`);
  return html`<form class="filters" method="get" action="/audit" aria-label="Filtrera händelseloggen">
    ${hidden}
    <div><label for="filter-principal">Registrerad av</label><input id="filter-principal" name="principal" value="${view.filters.principal}"></div>
    <div><label for="filter-stream">Ström</label><input id="filter-stream" name="stream" value="${view.filters.stream}"></div>
    <div><label for="filter-type">Händelsetyp</label><select id="filter-type" name="type"><option value="">Alla</option>${types}</select></div>
    <div><button type="submit">Filtrera</button></div>
  </form>`;
}

function logTable(view: AuditPageView): SafeHtml {
  const head = html`<tr><th scope="col" class="num">Position</th><th scope="col">Registrerad</th><th scope="col">Händelse</th><th scope="col">Ström</th><th scope="col">Av</th><th scope="col">Källa</th><th scope="col">Hash</th></tr>`;
  const rows = view.events.map(
    (e) => html`<tr data-position="${e.position}">
      <td class="num">${e.position}</td>
      <td><time datetime="${e.recordedAt}">${formatRecordTime(e.recordedAt)}</time></td>
      <td>${labelOf(EVENT_TYPE_LABELS, e.type)}</td>
      <td><a href="/audit?stream=${encodeURIComponent(e.stream)}#handelse-${e.eventId}">${e.stream}</a> <small>rev. ${e.revision}</small></td>
      <td>${e.principal}</td>
      <td>${e.source?.title ?? 'saknas'}</td>
      <td class="hash" title="${e.hash}">${shortHash(e.hash)}</td>
    </tr>`,
  );
  return dataTable('handelselogg', `Händelseloggen, ${formatNumber(view.total)} händelser, nyast först`, head, rows);
}

/** The audit view: verification, a stream's history with its corrections, and the event log. */
export function auditBody(view: AuditPageView, hidden: SafeHtml): SafeHtml {
  return html`
  <section aria-labelledby="verifiering">
    <h2 id="verifiering">Verifiering av hashkedjan</h2>
    <div id="verifieringen" data-live-region>${verification(view.verification)}</div>
  </section>
  ${view.history ? history(view.history) : ''}
  <section aria-labelledby="logg">
    <h2 id="logg">Händelseloggen</h2>
    ${filterForm(view, hidden)}
    <div id="loggen" data-live-region>
      ${view.events.length > 0 ? logTable(view) : html`<p>Inga händelser matchar urvalet.</p>`}
      <nav class="pager" aria-label="Bläddra i loggen">
        ${view.newerHref ? html`<a href="${view.newerHref}">Nyare händelser</a>` : ''}
        ${view.olderHref ? html`<a href="${view.olderHref}">Äldre händelser</a>` : ''}
      </nav>
    </div>
  </section>`;
}
