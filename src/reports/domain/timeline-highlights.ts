import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import { formatDecisionDate } from '../../web/format.js';
import type { PlanAdoption, TimelineEntry } from './report-input.js';
import { formatCount, whenPhrase } from './swedish.js';

export interface TimelineHighlight {
  /** Decision time in words at its recorded precision ("28 mars–16 juni 2022", "hösten 2022"). */
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

interface Dated extends TimelineHighlight {
  readonly earliest: string;
  readonly latest: string;
  /** Which lines stay when a year has more than fit: completed plans and published figures first. */
  readonly weight: number;
}

const WEIGHTS: Partial<Record<LedgerEventType, number>> = {
  FigurePublished: 3,
  PlanAdopted: 2,
  InitiativeStarted: 2,
  InitiativeScaledUp: 2,
  InitiativeMadePermanent: 2,
  PlanWithdrawn: 2,
  PlanSuperseded: 2,
};

const PER_YEAR = 20;

const PHRASES: Partial<Record<LedgerEventType, (e: TimelineEntry) => string>> = {
  PlanInitiated: (e) => `Arbetet med ${e.subject} inleddes${e.actor ? ` (${e.actor})` : ''}`,
  PlanProposed: (e) => `Förslag till ${e.subject} lades fram${e.actor ? ` av ${e.actor}` : ''}`,
  PlanAdopted: (e) => `${e.actor ?? 'En part'} antog ${e.subject}`,
  PlanRevised: (e) => `${e.subject} reviderades`,
  PlanSuperseded: (e) => `${e.subject} ersattes av en ny plan`,
  PlanWithdrawn: (e) => `${e.subject} återkallades`,
  InitiativeDecided: (e) => `${e.actor ? `${e.actor} beslutade om` : 'Beslut om'} ${e.subject}`,
  InitiativeStarted: (e) => `${e.subject} startade${e.actor ? ` (${e.actor})` : ''}`,
  InitiativeScaledUp: (e) => `${e.subject} breddinfördes`,
  InitiativeMadePermanent: (e) => `${e.subject} blev ordinarie verksamhet`,
  InitiativeEnded: (e) => `${e.subject} avslutades`,
  FigurePublished: (e) => `${e.actor ?? 'En myndighet'} publicerade siffror för ${e.subject}`,
};

const sourcesOf = (entries: readonly TimelineEntry[]) => [...new Set(entries.flatMap((e) => (e.source ? [e.source.title] : [])))];

function single(entry: TimelineEntry, phrase: (e: TimelineEntry) => string): Dated {
  return {
    when: formatDecisionDate(entry.decidedOn.edtf),
    text: `${phrase(entry)}.`,
    sources: sourcesOf([entry]),
    earliest: entry.decidedOn.earliest,
    latest: entry.decidedOn.latest,
    weight: WEIGHTS[entry.type] ?? 1,
  };
}

/** "28 mars 2022 – 16 juni 2022", or the one date when first and last share it. */
const span = (first: TimelineEntry, last: TimelineEntry) =>
  first.decidedOn.edtf === last.decidedOn.edtf
    ? formatDecisionDate(first.decidedOn.edtf)
    : `${formatDecisionDate(first.decidedOn.edtf)} – ${formatDecisionDate(last.decidedOn.edtf)}`;

/** A publisher's figures of one day as one line: they are listed where they are reconciled. */
function publications(entries: readonly TimelineEntry[]): Dated {
  const [first] = entries;
  return {
    when: formatDecisionDate(first.decidedOn.edtf),
    text: `${first.actor ?? 'En myndighet'} publicerade ${formatCount(entries.length)} siffror; de ställs mot liggaren under Avstämning mot publicerade siffror.`,
    sources: sourcesOf(entries),
    earliest: first.decidedOn.earliest,
    latest: first.decidedOn.latest,
    weight: WEIGHTS.FigurePublished ?? 1,
  };
}

/** A plan's adoptions in one year as one line, saying when the last party made it fully adopted. */
function adoptions(entries: readonly TimelineEntry[], plan: PlanAdoption | undefined): Dated {
  const sorted = [...entries].sort((a, b) => a.decidedOn.earliest.localeCompare(b.decidedOn.earliest));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const fully = plan && plan.adoptions.length >= plan.expected && plan.adoptions.every((a) => a.decidedOn.latest <= last.decidedOn.latest);
  const parties = plan
    ? `${sorted.length === plan.expected ? 'samtliga ' : `${formatCount(sorted.length)} av `}${formatCount(plan.expected)} parter`
    : `${formatCount(sorted.length)} parter`;
  const text = `${first.subject} antogs av ${parties}${fully ? `; fullt antagen ${whenPhrase(last.decidedOn)}` : ''}`;
  return {
    when: span(first, last),
    text: `${text}.`,
    sources: sourcesOf(sorted),
    earliest: first.decidedOn.earliest,
    latest: last.decidedOn.latest,
    weight: fully ? 4 : 2,
  };
}

/** Highlights per year: one line per decision, a plan's many adoptions in a year folded into one line. */
export function timelineHighlights(entries: readonly TimelineEntry[], plans: readonly PlanAdoption[], from: number, to: number): TimelineYear[] {
  const planById = new Map(plans.map((p) => [p.planId, p]));
  const years: TimelineYear[] = [];
  for (let year = from; year <= to; year++) {
    const inYear = entries.filter((e) => Number(e.decidedOn.earliest.slice(0, 4)) === year && PHRASES[e.type]);
    const adoptionsByPlan = new Map<string, TimelineEntry[]>();
    const figuresByDay = new Map<string, TimelineEntry[]>();
    const add = (groups: Map<string, TimelineEntry[]>, key: string, entry: TimelineEntry) => groups.set(key, [...(groups.get(key) ?? []), entry]);
    const dated: Dated[] = [];
    for (const entry of inYear) {
      if (entry.type === 'PlanAdopted') add(adoptionsByPlan, entry.aggregateId, entry);
      else if (entry.type === 'FigurePublished') add(figuresByDay, `${entry.actor}\u0000${entry.decidedOn.edtf}`, entry);
      else dated.push(single(entry, PHRASES[entry.type] as (e: TimelineEntry) => string));
    }
    for (const [planId, group] of adoptionsByPlan) {
      dated.push(group.length === 1 ? single(group[0], PHRASES.PlanAdopted as (e: TimelineEntry) => string) : adoptions(group, planById.get(planId)));
    }
    for (const group of figuresByDay.values()) {
      dated.push(group.length === 1 ? single(group[0], PHRASES.FigurePublished as (e: TimelineEntry) => string) : publications(group));
    }
    const chronological = (a: Dated, b: Dated) =>
      a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest) || a.text.localeCompare(b.text, 'sv');
    const kept = [...dated].sort((a, b) => b.weight - a.weight || chronological(a, b)).slice(0, PER_YEAR);
    const highlights = kept.sort(chronological).map(({ when, text, sources }) => ({ when, text, sources }));
    years.push({ year, highlights, more: dated.length - highlights.length });
  }
  return years;
}
