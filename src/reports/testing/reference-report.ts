import { lanAdoption } from '../../adoption/domain/adoption-query.js';
import type { PlanAdoption } from '../../adoption/domain/adoption-summary.js';
import { indicatorSeries, listIndicators } from '../../indicators/domain/indicator-query.js';
import { dayDate } from '../../projections/domain/day-dates.js';
import { reconcile } from '../../reconciliation/domain/reconcile.js';
import type { TimelineItem } from '../../timeline/domain/timeline-item.js';
import { queryTimeline, type TimelineCursor } from '../../timeline/domain/timeline-query.js';
import type { PublishedFigure, TimelineEntry, TimelineLine, TimelineYearLines, TrendReportInput } from '../domain/report-input.js';
import { SourceIndex } from '../domain/source-index.js';
import { PHRASES, COMPLETED_PLAN_WEIGHT, WEIGHTS } from '../domain/timeline-phrases.js';
import { buildTrendReport, type TrendReport } from '../domain/trend-report.js';
import { gatherPlans } from '../gather/gather-adoption.js';
import { gatherTrendReportInput } from '../gather/gather-report-input.js';
import { reportEntry } from '../gather/gather-timeline.js';
import { asOfMs, indicatorContext, publisherName, type DatasetLeftOut, type ReportReadModels, type TrendReportRequest } from '../gather/read-models.js';

/**
 * The trend report worked out the straightforward way, as it was before
 * reports read digests and lean passes: every timeline item of the range
 * paged out of the timeline query, every candidate line made and sorted,
 * every plan's adoption summary, the indicators' series and the
 * reconciliation worked out afresh. What it shares with the report is the
 * wording: report entries, sentences and the report built from its input.
 */
export function referenceReport(models: ReportReadModels, request: TrendReportRequest, generatedAt: Date, dataset: DatasetLeftOut): TrendReport {
  const fast = gatherTrendReportInput(models, request, generatedAt, dataset);
  const items = timelineItems(models, request);
  const sources = new SourceIndex();
  for (const item of items) sources.add(item.source);
  const figures = referenceFigures(models, request);
  for (const figure of figures) if (figure.source) sources.add(figure.source);
  const decisions = items.filter((item) => item.type !== 'FigurePublished');
  const imprecise = { month: 0, season: 0, year: 0 };
  for (const item of decisions) if (item.date.precision !== 'day') imprecise[item.date.precision] += 1;
  const titles = new Set([...items.map((item) => item.source.title), ...figures.flatMap((figure) => (figure.source ? [figure.source.title] : []))].map((title) => title.trim().toLowerCase()));
  const cited = dataset.sources.filter((s) => titles.has(s.title.trim().toLowerCase()));
  const input: TrendReportInput = {
    ...fast,
    indicators: listIndicators()
      .filter((indicator) => request.scope === 'national' || indicator.population === 'kommun' || indicator.population === null)
      .map((indicator) => ({
        id: indicator.id,
        title: indicator.title,
        population: indicator.population as 'lan' | 'region' | 'kommun' | null,
        years: indicatorSeries(indicatorContext(models), indicator.id, { from: request.from, to: request.to, lan: request.scope === 'national' ? null : request.scope, asOf: asOfMs(request) }).years.map(
          (y) => ({ year: y.year, certain: y.range.certain, possible: y.range.possible, population: y.population }),
        ),
      })),
    figures,
    // Every plan of every län in scope, whatever its scope.
    plans: fast.lans.flatMap((lan) => gatherPlans(models, { ...request, scope: lan.lan }, [lan])),
    timeline: referenceLines(models, request, items.map((item) => reportEntry(models, item))),
    dataQuality: {
      events: items.length,
      decisions: decisions.length,
      imprecise,
      withoutSourceUrl: items.filter((item) => !item.source.url).length,
      undatedLeftOut: request.scope !== 'national' || dataset.sources.length === 0 || cited.length === 0 ? null : cited.reduce((sum, s) => sum + s.undated, 0),
    },
    sources,
  };
  return buildTrendReport(input);
}

function timelineItems(models: ReportReadModels, request: TrendReportRequest): TimelineItem[] {
  const lan = request.scope === 'national' ? undefined : request.scope;
  const query = { lan, from: dayDate(String(request.from))!, to: dayDate(String(request.to))!, asOf: asOfMs(request), limit: 97 };
  const items: TimelineItem[] = [];
  let cursor: TimelineCursor | null = null;
  do {
    const page = queryTimeline(models.timeline, { ...query, cursor }, models.lanOf);
    items.push(...page.items);
    const [key, position] = (page.nextCursor ?? '').split(':').map(Number);
    cursor = page.nextCursor ? { key, position } : null;
  } while (cursor);
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.eventId) && seen.add(item.eventId));
}

function referenceFigures(models: ReportReadModels, request: TrendReportRequest): PublishedFigure[] {
  if (request.scope !== 'national') return [];
  const fast = gatherTrendReportInput(models, request, new Date(0), { sources: [] }).figures;
  const reconciled = listIndicators().flatMap((indicator) =>
    reconcile(models.figures, indicatorContext(models), indicator.id, asOfMs(request))
      .rows.filter((row) => row.year >= request.from && row.year <= request.to)
      .map((row) => ({
        indicatorId: indicator.id,
        year: row.year,
        publisher: publisherName(models, row.figure.publisher),
        value: row.figure.value,
        numerator: row.figure.numerator,
        denominator: row.figure.denominator,
        comparedAs: row.comparedAs === 'share_percent' ? ('share' as const) : ('count' as const),
        note: row.figure.note,
        source: { title: row.figure.source.title, url: row.figure.source.url ?? null, publisher: row.figure.source.publisher ?? null },
      })),
  );
  // Figures of no registered indicator are listed as published, after the reconciled ones.
  return [...reconciled, ...fast.filter((figure) => !listIndicators().some((indicator) => indicator.id === figure.indicatorId))];
}

interface Candidate {
  readonly line: Omit<TimelineLine, 'expected'>;
  readonly weight: number;
  readonly earliest: string;
  readonly latest: string;
  readonly tie: string;
}

const collate = new Intl.Collator().compare;
const chronological = (a: Candidate, b: Candidate) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0) || (a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : 0) || collate(a.tie, b.tie);

function referenceLines(models: ReportReadModels, request: TrendReportRequest, entries: readonly TimelineEntry[]): TimelineYearLines[] {
  const plans = new Map<string, PlanAdoption>();
  for (const lan of gatherTrendReportInput(models, request, new Date(0), { sources: [] }).lans) {
    for (const kind of lanAdoption(models.plans, lan.lan, models.lanOf, asOfMs(request) ?? undefined).kinds) for (const plan of kind.plans) plans.set(plan.planId, plan);
  }
  const years: TimelineYearLines[] = [];
  for (let year = request.from; year <= request.to; year++) {
    const ofYear = entries.filter((e) => Number(e.decidedOn.earliest.slice(0, 4)) === year && PHRASES[e.type]);
    const groups = new Map<string, TimelineEntry[]>();
    const single = (e: TimelineEntry): Candidate => ({ line: { kind: 'single', entries: [e], fully: false }, weight: WEIGHTS[e.type] ?? 1, earliest: e.decidedOn.earliest, latest: e.decidedOn.latest, tie: `${e.aggregateId}\u0000${e.eventId}` });
    const candidates: Candidate[] = ofYear.filter((e) => e.type !== 'PlanAdopted' && e.type !== 'FigurePublished').map(single);
    for (const e of ofYear) if (e.type === 'PlanAdopted' || e.type === 'FigurePublished') groups.set(groupOf(e), [...(groups.get(groupOf(e)) ?? []), e]);
    for (const [key, list] of [...groups].filter(([key]) => key.startsWith('a')).concat([...groups].filter(([key]) => key.startsWith('f')))) {
      if (list.length === 1) {
        candidates.push(single(list[0]));
        continue;
      }
      const sorted = [...list].sort((a, b) => (a.decidedOn.earliest < b.decidedOn.earliest ? -1 : a.decidedOn.earliest > b.decidedOn.earliest ? 1 : 0) || (a.decidedOn.latest < b.decidedOn.latest ? -1 : a.decidedOn.latest > b.decidedOn.latest ? 1 : 0));
      const latest = list.map((e) => e.decidedOn.latest).sort().at(-1)!;
      const plan = plans.get(sorted[0].aggregateId);
      const adopted = plan?.parties.filter((p) => p.adoptedOn) ?? [];
      const fully = key.startsWith('a') && plan !== undefined && adopted.length >= plan.expected && adopted.every((p) => p.adoptedOn!.latest <= latest);
      const kind = key.startsWith('a') ? 'adoptions' : 'publications';
      const weight = kind === 'publications' ? (WEIGHTS.FigurePublished ?? 1) : fully ? COMPLETED_PLAN_WEIGHT : (WEIGHTS.PlanAdopted ?? 1);
      candidates.push({ line: { kind, entries: kind === 'adoptions' ? sorted : list, fully }, weight, earliest: (kind === 'adoptions' ? sorted : list)[0].decidedOn.earliest, latest: kind === 'adoptions' ? latest : list[0].decidedOn.latest, tie: `${list[0].aggregateId}\u0000${(kind === 'adoptions' ? sorted : list)[0].eventId}` });
    }
    const kept = [...candidates].sort((a, b) => b.weight - a.weight || chronological(a, b)).slice(0, 20).sort(chronological);
    const lines = kept.map(({ line }) => ({ ...line, expected: line.kind === 'adoptions' ? (plans.get(line.entries[0].aggregateId)?.expected ?? null) : null }));
    years.push({ year, lines, more: candidates.length - kept.length });
  }
  return years;
}

const groupOf = (e: TimelineEntry) => (e.type === 'PlanAdopted' ? `a${e.aggregateId}` : `f${e.actor}\u0000${e.decidedOn.edtf}`);
