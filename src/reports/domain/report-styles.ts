/** Inline CSS of the HTML report: readable on screen, clean on A4 paper, no external resources. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --accent: #1f5f8b; --soft: #f3f6f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
  font: 16px/1.5 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .02em; }
h1 { margin: .2rem 0 1rem; font-size: 1.9rem; line-height: 1.2; }
h2 { margin: 2.2rem 0 .8rem; font-size: 1.35rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { margin: 1.4rem 0 .5rem; font-size: 1.1rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; font-size: .92rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
nav ol { columns: 2; margin: 1rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
.summary li { margin: .35rem 0; }
figure { margin: 1.2rem 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .85rem; margin-top: .3rem; }
table { width: 100%; border-collapse: collapse; margin: 1rem 0; font-size: .88rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .4rem; }
caption small { display: block; font-weight: 400; color: var(--muted); }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid var(--rule); }
td.num, th.num { text-align: right; white-space: nowrap; }
.share { display: block; color: var(--muted); }
.adopted { color: #1a7f37; }
.partial { color: #9a6700; }
.none { color: var(--muted); }
.timeline ol { list-style: none; padding: 0; margin: 0; }
.timeline li { display: grid; grid-template-columns: 12rem 1fr; gap: .8rem; padding: .3rem 0; border-bottom: 1px dotted var(--rule); }
.timeline .when { color: var(--muted); font-size: .9rem; }
.timeline .src { display: block; color: var(--muted); font-size: .8rem; }
.more { color: var(--muted); font-style: italic; }
.sources li { margin: .3rem 0; overflow-wrap: anywhere; }
.sources .publisher { color: var(--muted); }
footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  header { border-bottom-width: 2pt; }
  nav { display: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  figure, tr, .timeline li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .sources a[href]::after { content: " (" attr(href) ")"; color: var(--muted); }
  .timeline li { grid-template-columns: 9.5rem 1fr; }
}
`;
