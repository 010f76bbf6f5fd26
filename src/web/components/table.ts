import { html, type HtmlValue, type SafeHtml } from '../html.js';

/**
 * A data table that scrolls sideways on a narrow screen. The scrolling box is
 * a labelled, focusable region so it can be scrolled from the keyboard.
 */
export function dataTable(id: string, caption: HtmlValue, head: SafeHtml, rows: readonly SafeHtml[]): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
    <table id="${id}">
      <caption id="${id}-caption">${caption}</caption>
      <thead>${head}</thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
