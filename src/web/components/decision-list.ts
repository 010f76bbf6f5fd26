import { formatDecisionDate, formatRecordTime } from '../format.js';
import { html, type SafeHtml } from '../html.js';

/** A decision (or other ledger event) as one line of a list. */
export interface DecisionItem {
  readonly position: number;
  /** "Arvika kommun antog Målbild för god och nära vård i Värmland". */
  readonly text: string;
  readonly decidedOn: string | null;
  readonly recordedAt: string;
  /** Where to read more: the län page or the stream's history in the audit view. */
  readonly href: string | null;
  readonly sourceTitle: string | null;
}

export function decisionList(items: readonly DecisionItem[], empty: string): SafeHtml {
  if (items.length === 0) return html`<p>${empty}</p>`;
  const lines = items.map(
    (item) => html`<li data-position="${item.position}">
      ${item.href ? html`<a href="${item.href}">${item.text}</a>` : item.text}
      <span class="when">Beslutat ${formatDecisionDate(item.decidedOn)} · registrerat <time datetime="${item.recordedAt}">${formatRecordTime(item.recordedAt)}</time>${item.sourceTitle ? html` · källa: ${item.sourceTitle}` : ''}</span>
    </li>`,
  );
  return html`<ul class="decisions">${lines}</ul>`;
}
