import { formatDecisionDate } from '../../web/format.js';
import type { PlanAdoption, TimelineEntry } from './report-input.js';
import { formatCount, whenPhrase } from './swedish.js';
import { COMPLETED_PLAN_WEIGHT, PHRASES, WEIGHTS } from './timeline-phrases.js';

export interface TimelineHighlight {
  /** Decision time in words at its recorded precision ("28 mars 2022 – 16 juni 2022", "hösten 2022"). */
  readonly when: string;
  readonly text: string;
  readonly sources: readonly string[];
}

export interface TimelineYear {
  readonly year: number;
  readonly highlights: readonly TimelineHighlight[];
  /** Further events that year not listed, so the list stays readable. */
  readonly more: number;
}

/** A line that may be shown; it is put into words only if it is kept (a busy year has thousands). */
interface Candidate {
  readonly earliest: string;
  readonly latest: string;
  readonly weight: number;
  /** Its first entry: aggregate and event id break ties, for a stable order. */
  readonly first: TimelineEntry;
  readonly render: () => TimelineHighlight;
}

const PER_YEAR = 20;

/** `localeCompare`'s order, with the collator made once: a national year sorts tens of thousands of lines. */
const collate = new Intl.Collator().compare;
/** ISO days of one fixed shape order the same by code unit as by collation, and much faster. */
const byDay = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sourcesOf = (entries: readonly TimelineEntry[]) => [...new Set(entries.flatMap((e) => (e.source ? [e.source.title] : [])))];

/** "28 mars 2022 – 16 juni 2022", or the one date when first and last share it. */
const span = (first: TimelineEntry, last: TimelineEntry) =>
  first.decidedOn.edtf === last.decidedOn.edtf
    ? formatDecisionDate(first.decidedOn.edtf)
    : `${formatDecisionDate(first.decidedOn.edtf)} – ${formatDecisionDate(last.decidedOn.edtf)}`;

const candidate = (first: TimelineEntry, last: TimelineEntry, weight: number, render: () => TimelineHighlight): Candidate => ({
  earliest: first.decidedOn.earliest,
  latest: last.decidedOn.latest,
  weight,
  first,
  render,
});

function single(entry: TimelineEntry): Candidate {
  const phrase = PHRASES[entry.type] as (e: TimelineEntry) => string;
  return candidate(entry, entry, WEIGHTS[entry.type] ?? 1, () => ({ when: formatDecisionDate(entry.decidedOn.edtf), text: `${phrase(entry)}.`, sources: sourcesOf([entry]) }));
}

/** A publisher's figures of one day as one line: they are listed where they are reconciled. */
function publications(entries: readonly TimelineEntry[]): Candidate {
  const [first] = entries;
  return candidate(first, first, WEIGHTS.FigurePublished ?? 1, () => ({
    when: formatDecisionDate(first.decidedOn.edtf),
    text: `${first.actor ?? 'En myndighet'} publicerade ${formatCount(entries.length)} siffror; de ställs mot liggaren under Avstämning mot publicerade siffror.`,
    sources: sourcesOf(entries),
  }));
}

/** A plan's adoptions in one year as one line, saying when the last party made it fully adopted. */
function adoptions(entries: TimelineEntry[], plan: PlanAdoption | undefined): Candidate {
  const sorted = entries.sort((a, b) => byDay(a.decidedOn.earliest, b.decidedOn.earliest) || byDay(a.decidedOn.latest, b.decidedOn.latest));
  const first = sorted[0];
  const last = sorted.reduce((a, b) => (b.decidedOn.latest > a.decidedOn.latest ? b : a));
  const fully = plan !== undefined && plan.adoptions.length >= plan.expected && plan.adoptions.every((a) => a.decidedOn.latest <= last.decidedOn.latest);
  return candidate(first, last, fully ? COMPLETED_PLAN_WEIGHT : (WEIGHTS.PlanAdopted ?? 1), () => {
    const parties = plan
      ? `${sorted.length === plan.expected ? 'samtliga ' : `${formatCount(sorted.length)} av `}${formatCount(plan.expected)} parter`
      : `${formatCount(sorted.length)} parter`;
    const text = `${first.subject} antogs av ${parties}${fully ? `; fullt antagen ${whenPhrase(last.decidedOn)}` : ''}.`;
    return { when: span(first, last), text, sources: sourcesOf(sorted) };
  });
}

function group<K>(groups: Map<K, TimelineEntry[]>, key: K, entry: TimelineEntry): void {
  const list = groups.get(key);
  if (list) list.push(entry);
  else groups.set(key, [entry]);
}

function candidatesOf(entries: readonly TimelineEntry[], planById: ReadonlyMap<string, PlanAdoption>): Candidate[] {
  const adoptionsByPlan = new Map<string, TimelineEntry[]>();
  const figuresByDay = new Map<string, TimelineEntry[]>();
  const out: Candidate[] = [];
  for (const entry of entries) {
    if (entry.type === 'PlanAdopted') group(adoptionsByPlan, entry.aggregateId, entry);
    else if (entry.type === 'FigurePublished') group(figuresByDay, `${entry.actor}\u0000${entry.decidedOn.edtf}`, entry);
    else out.push(single(entry));
  }
  for (const [planId, list] of adoptionsByPlan) out.push(list.length === 1 ? single(list[0]) : adoptions(list, planById.get(planId)));
  for (const list of figuresByDay.values()) out.push(list.length === 1 ? single(list[0]) : publications(list));
  return out;
}

const tieKey = (c: Candidate) => `${c.first.aggregateId}\u0000${c.first.eventId}`;

const chronological = (a: Candidate, b: Candidate) =>
  byDay(a.earliest, b.earliest) || byDay(a.latest, b.latest) || collate(tieKey(a), tieKey(b));

const weightiestFirst = (a: Candidate, b: Candidate) => b.weight - a.weight || chronological(a, b);

/**
 * The first `count` candidates as a stable sort by weight would leave them,
 * without sorting a busy year's tens of thousands: each candidate is placed
 * after those it does not beat, and the list never grows past `count`.
 */
function weightiest(candidates: readonly Candidate[], count: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (kept.length === count && weightiestFirst(candidate, kept[count - 1]) >= 0) continue;
    let at = kept.length;
    while (at > 0 && weightiestFirst(candidate, kept[at - 1]) < 0) at -= 1;
    kept.splice(at, 0, candidate);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** Highlights per year: one line per decision, a plan's adoptions in a year and a publisher's figures of a day folded into one line each. */
export function timelineHighlights(entries: readonly TimelineEntry[], plans: readonly PlanAdoption[], from: number, to: number): TimelineYear[] {
  const planById = new Map(plans.map((p) => [p.planId, p]));
  const byYear = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    const year = Number(entry.decidedOn.earliest.slice(0, 4));
    if (year >= from && year <= to && PHRASES[entry.type]) group(byYear, year, entry);
  }
  const years: TimelineYear[] = [];
  for (let year = from; year <= to; year++) {
    const candidates = candidatesOf(byYear.get(year) ?? [], planById);
    const kept = weightiest(candidates, PER_YEAR);
    years.push({ year, highlights: kept.sort(chronological).map((c) => c.render()), more: candidates.length - kept.length });
  }
  return years;
}
