import { html, type SafeHtml } from '../html.js';

/** How far a län, plan or party has come; shown with a symbol and words, never by colour alone. */
export type Progress = 'done' | 'partial' | 'none';

const SYMBOLS: Readonly<Record<Progress, string>> = { done: '✓', partial: '◐', none: '–' };

export function statusBadge(progress: Progress, text: string): SafeHtml {
  return html`<span class="badge status-${progress}"><span aria-hidden="true">${SYMBOLS[progress]}</span> ${text}</span>`;
}
