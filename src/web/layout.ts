import type { AsOf } from './as-of.js';
import { formatRecordTime } from './format.js';
import { html, type SafeHtml } from './html.js';

export interface PageQuery {
  readonly [name: string]: string | undefined;
}

export interface PageShell {
  /** Used in `<title>` and as the page's only `<h1>`. */
  readonly title: string;
  readonly lead?: string;
  readonly path: string;
  /** The query the page was asked with, so the as-of form keeps the other filters. */
  readonly query: PageQuery;
  readonly asOf: AsOf;
  /** Without header, navigation and footer, for a region's own site. */
  readonly embed: boolean;
  /** The live stream to follow, with its filters (`/events/live?lan=lan:17`); null for a page that never changes. */
  readonly liveUrl: string | null;
  /** Global position the page was rendered at; the live stream resumes after it. */
  readonly position: number | null;
  readonly body: SafeHtml;
}

const NAV: ReadonlyArray<readonly [href: string, label: string]> = [
  ['/', 'Översikt'],
  ['/lan', 'Län'],
  ['/audit', 'Granskning'],
  ['/docs', 'API'],
];

function navigation(path: string): SafeHtml {
  const current = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  const items = NAV.map(
    ([href, label]) => html`<li><a href="${href}"${current(href) ? html` aria-current="page"` : ''}>${label}</a></li>`,
  );
  return html`<nav aria-label="Huvudmeny"><ul>${items}</ul></nav>`;
}

/** A link to the same page with other query values; `undefined` removes a parameter. */
export function pageLink(path: string, query: PageQuery, changes: PageQuery = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...query, ...changes })) {
    if (value !== undefined && value !== '' && name !== 'minPosition') params.set(name, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The as-of control: a plain GET form, so it works without script. */
function asOfForm(shell: PageShell): SafeHtml {
  const kept = Object.entries(shell.query).filter(
    ([name, value]) => name !== 'asOf' && name !== 'minPosition' && value !== undefined && value !== '',
  );
  const hidden = kept.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  const shown = shell.asOf.live ? '' : shell.asOf.at.toISOString().slice(0, 10);
  const status = shell.asOf.live
    ? html`<p class="asof-status"><span class="badge badge-live">Direkt</span> Visar liggaren som den ser ut nu. <span class="live-state" data-live-state-text></span></p>`
    : html`<p class="asof-status"><span class="badge badge-past">Historik</span> Visar liggaren som den såg ut <time datetime="${shell.asOf.at.toISOString()}">${formatRecordTime(shell.asOf.at)}</time>.
        <a href="${pageLink(shell.path, shell.query, { asOf: undefined })}">Visa läget nu</a></p>`;
  return html`<form class="asof" method="get" action="${shell.path}" role="search" aria-label="Visa ett tidigare läge">
    ${hidden}
    <label for="asOf">Visa som liggaren såg ut den</label>
    <input type="date" id="asOf" name="asOf" value="${shown}">
    <button type="submit">Visa</button>
  </form>
  ${status}`;
}

/** The whole HTML document around a page's content. */
export function renderPage(shell: PageShell): string {
  const live = shell.asOf.live && shell.liveUrl !== null;
  const liveAttrs = live
    ? html` data-live-url="${shell.liveUrl}" data-live-position="${shell.position ?? ''}"`
    : '';
  const header = shell.embed
    ? ''
    : html`<header class="site">
        <div class="wrap">
          <a class="brand" href="/">Omställning <span>god och nära vård</span></a>
          ${navigation(shell.path)}
        </div>
      </header>`;
  const footer = shell.embed
    ? html`<footer class="embed-footer"><p>Källa: <a href="${pageLink(shell.path, shell.query, { embed: undefined })}" target="_top">Omställning – liggaren över beslut i omställningen till god och nära vård</a></p></footer>`
    : html`<footer class="site"><div class="wrap">
        <p>Omställning – en liggare över beslut i omställningen till god och nära vård. Varje uppgift har en källa; rättelser visas öppet i <a href="/audit">granskningen</a>.</p>
        <p>Sidan visar liggaren till och med position ${shell.position ?? 0}.</p>
      </div></footer>`;
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title} – Omställning</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/live.js" defer></script>
</head>
<body class="${shell.embed ? 'embed' : 'full'}"${liveAttrs}>
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
${header}
<main id="innehall" class="wrap" tabindex="-1">
  <h1>${shell.title}</h1>
  ${shell.lead ? html`<p class="lead">${shell.lead}</p>` : ''}
  <div class="asof-bar">${asOfForm(shell)}</div>
  <div class="live-announcer visually-hidden" role="status" aria-live="polite" aria-atomic="false" id="live-announcer"></div>
  ${shell.body}
</main>
${footer}
</body>
</html>
`.value;
}
