import { formatRecordTime } from '../../web/format.js';
import { ADOPTION_COLUMNS, jointPlans, listedJointPlansCaption } from './adoption-section.js';
import { countText, shareText } from './indicator-cells.js';
import { sourcesSentence, unrecordedSentence, type TrendReport } from './trend-report.js';

/** Text in a table cell or a line: pipes and line breaks would break the Markdown structure. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()) =>
  [row(head), `| ${head.map((_, i) => (right.has(i) ? '---:' : '---')).join(' | ')} |`, ...rows.map(row)].join('\n');
const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

function indicators(report: TrendReport): string {
  const years = Array.from({ length: report.to - report.from + 1 }, (_, i) => report.from + i);
  const rows = report.indicators.filter((t) => t.recorded).map((t) => {
    const byYear = new Map(t.rows.map((r) => [r.year, r]));
    return [t.title, ...years.map((y) => {
      const r = byYear.get(y);
      if (!r) return '–';
      const share = shareText(r);
      return share ? `${countText(r)} (${share})` : countText(r);
    })];
  });
  const unrecorded = unrecordedSentence(report);
  return [
    rows.length > 0 ? table(['Indikator', ...years.map(String)], rows, new Set(years.map((_, i) => i + 1))) : null,
    'Ett spann (13–14) visar säkert till möjligt antal när beslutsdatum är oprecisa. Diagrammen finns i HTML-versionen.',
    unrecorded,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

function adoption(report: TrendReport): string {
  if (report.scope.kind === 'national') {
    const rows = report.adoption.byLan.map((r) => [r.name, ...ADOPTION_COLUMNS.map((c) => r.cells[c.key].text)]);
    return table(['Län', ...ADOPTION_COLUMNS.map((c) => c.label)], rows);
  }
  const plans = report.adoption.plans;
  if (plans.length === 0) return 'Inga planer för länet finns i liggaren.';
  const { inFull, listed } = jointPlans(plans);
  const joint = inFull.map((p) => {
    const missing = p.missing.length > 0 ? `\n\nHar inte antagit: ${p.missing.join(', ')}.` : '';
    const decisions = p.adoptions.length > 0 ? `\n\n${table(['Part', 'Beslutsdag', 'Beslutande organ'], p.adoptions.map((a) => [a.party, a.when, a.decidedBy]))}` : '';
    return `### ${p.title}\n\n${p.kind}. ${p.summary}${decisions}${missing}`;
  });
  if (joint.length === 0) joint.push('Ingen länsgemensam plan finns i liggaren.');
  if (listed.length > 0) joint.push(`${listedJointPlansCaption(listed)}:\n\n${table(['Plan', 'Typ', 'Läge vid periodens slut'], listed.map((p) => [p.title, p.kind, p.summary]))}`);
  const own = plans.filter((p) => !p.joint);
  if (own.length > 0) {
    joint.push(`### Regionens och kommunernas egna planer\n\n${table(['Plan', 'Ägare', 'Typ', 'Läge vid periodens slut'], own.map((p) => [p.title, p.owner, p.kind, p.summary]))}`);
  }
  return joint.join('\n\n');
}

function timeline(report: TrendReport): string {
  return report.timeline
    .map((y) => {
      const lines = y.highlights.map((h) => `- **${h.when}**: ${h.text}${h.sources.length > 0 ? ` _Källa: ${h.sources.join('; ')}_` : ''}`);
      if (lines.length === 0) lines.push(`Inga beslut registrerade för ${y.year}.`);
      if (y.more > 0) lines.push(`\nYtterligare ${y.more} händelser ${y.year} visas inte här.`);
      return `### ${y.year}\n\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

function reconciliation(report: TrendReport): string {
  const { rows, unmatched, note } = report.reconciliation;
  const parts = note ? [note] : [];
  if (rows.length > 0) {
    const data = rows.map((r) => [r.indicator, String(r.year), `${r.published} (${r.publisher})`, r.derived, r.difference]);
    parts.push(table(['Indikator', 'År', 'Publicerat', 'Liggaren härleder', 'Skillnad'], data, new Set([1])), bullets(rows.map((r) => r.sentence)));
  }
  if (unmatched.length > 0) {
    const data = unmatched.map((r) => [r.indicatorId, String(r.year), r.published, r.publisher, r.note ?? '']);
    parts.push(`Publicerade siffror som liggaren inte härleder:\n\n${table(['Siffra', 'År', 'Publicerat', 'Utgivare', 'Anmärkning'], data, new Set([1]))}`);
  }
  return parts.join('\n\n');
}

function sources(report: TrendReport): string {
  if (report.sources.length === 0) return 'Inga källor i rapportens omfång.';
  const note = sourcesSentence(report);
  return (note ? `${note}\n\n` : '') + report.sources
    .map((s, i) => `${i + 1}. ${s.url ? `[${s.title.replace(/[[\]]/g, '')}](${s.url.replace(/[()\s]/g, encodeURIComponent)})` : s.title}${s.publisher ? ` – ${s.publisher}` : ''}`)
    .join('\n');
}

/** The report as Markdown (GitHub-flavoured tables), without charts. */
export function renderMarkdown(report: TrendReport): string {
  const asOf = report.asOf ? formatRecordTime(report.asOf) : 'allt som var registrerat när rapporten skapades';
  return `${[
    `# ${report.title}`,
    `_Omställningen till god och nära vård._ Omfång: ${report.scopeName}. Beslutsår ${report.from}–${report.to}, läget vid utgången av varje år. Liggaren som den var: ${asOf}. Skapad ${formatRecordTime(report.generatedAt)}.`,
    `## Sammanfattning\n\n${bullets(report.summary)}`,
    `## Indikatorer per år\n\n${indicators(report)}`,
    `## ${report.scope.kind === 'national' ? 'Antagande per län' : 'Antagande av länets planer'}\n\n${adoption(report)}`,
    `## Tidslinje\n\n${timeline(report)}`,
    `## Avstämning mot publicerade siffror\n\n${reconciliation(report)}`,
    `## Datakvalitet\n\n${bullets(report.dataQuality.notes)}`,
    `## Källor\n\n${sources(report)}`,
  ].join('\n\n')}\n`;
}
