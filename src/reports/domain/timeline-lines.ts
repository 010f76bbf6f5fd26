import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ReportDate } from './report-input.js';
import { COMPLETED_PLAN_WEIGHT, PHRASES, WEIGHTS } from './timeline-phrases.js';

/**
 * How the selection reads an entry. A national report selects from nearly a
 * million entries and shows two hundred: it reads the timeline's own records
 * through this and builds report entries only for the lines it keeps.
 */
export interface EntryReader<E> {
  readonly type: (entry: E) => LedgerEventType;
  readonly date: (entry: E) => ReportDate;
  /** The plan, initiative or indicator it belongs to. */
  readonly aggregateId: (entry: E) => string;
  readonly eventId: (entry: E) => string;
  /** A published figure's publisher by display name (null: none recorded). */
  readonly publisher: (entry: E) => string | null;
}

/** Whether the plan in scope was fully adopted by `latest` (ISO day), the last possible day of its adoptions in the line; false for a plan not in scope. */
export type FullyAdopted = (planId: string, latest: string) => boolean;

/** One line the timeline may show: a decision, a plan's adoptions in one year, or a publisher's figures of one day. */
export interface Line<E> {
  readonly kind: 'single' | 'adoptions' | 'publications';
  /** A plan's adoptions in decision order; otherwise as they came. */
  readonly entries: readonly E[];
  /** Adoptions that made their plan fully adopted. */
  readonly fully: boolean;
}

/** The lines a year shows, in chronological order, and how many more it had. */
export interface YearLines<E> {
  readonly year: number;
  readonly lines: readonly Line<E>[];
  readonly more: number;
}

export const LINES_PER_YEAR = 20;

/** `localeCompare`'s order, with the collator made once: a national year compares tens of thousands of lines. */
const collate = new Intl.Collator().compare;
/** ISO days of one fixed shape order the same by code unit as by collation, and much faster. */
export const byDay = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A line before it is kept: what the order looks at. The tie key is made only when a tie needs it. */
interface Candidate<E> {
  readonly kind: Line<E>['kind'];
  readonly first: E;
  readonly group: E[] | null;
  readonly earliest: string;
  readonly latest: string;
  readonly weight: number;
  readonly fully: boolean;
  tie: string | null;
}

/** The decision year of an entry: the year of its first possible day. */
export const yearOf = (date: ReportDate): number => Number(date.earliest.slice(0, 4));

/** Decisions, figures and transitions are timeline news; a registration or an amendment is not. */
export const isTimelineNews = (type: LedgerEventType): boolean => PHRASES[type] !== undefined;

function group<K, E>(groups: Map<K, E[]>, key: K, entry: E): void {
  const list = groups.get(key);
  if (list) list.push(entry);
  else groups.set(key, [entry]);
}

/**
 * The candidate lines of one year, grouped as the entries arrive (in
 * timeline order): each decision its own line, a plan's adoptions one line,
 * a publisher's figures of one day one line.
 */
export class YearCandidates<E> {
  private readonly singles: E[] = [];
  private readonly adoptions = new Map<string, E[]>();
  private readonly publications = new Map<string, E[]>();

  constructor(
    readonly year: number,
    private readonly reader: EntryReader<E>,
  ) {}

  add(entry: E): void {
    const type = this.reader.type(entry);
    if (type === 'PlanAdopted') group(this.adoptions, this.reader.aggregateId(entry), entry);
    else if (type === 'FigurePublished') group(this.publications, `${this.reader.publisher(entry)}\u0000${this.reader.date(entry).edtf}`, entry);
    else this.singles.push(entry);
  }

  /** The `count` weightiest lines, in chronological order, and how many were left out. */
  select(fullyAdopted: FullyAdopted, count = LINES_PER_YEAR): YearLines<E> {
    const candidates: Candidate<E>[] = [];
    for (const entry of this.singles) candidates.push(this.single(entry));
    for (const [planId, list] of this.adoptions) candidates.push(list.length === 1 ? this.single(list[0]) : this.adopted(planId, list, fullyAdopted));
    for (const list of this.publications.values()) candidates.push(list.length === 1 ? this.single(list[0]) : this.candidate('publications', list[0], list, list[0], WEIGHTS.FigurePublished ?? 1, false));
    const kept = weightiest(candidates, count, this.reader);
    const lines = kept.sort((a, b) => chronological(a, b, this.reader)).map((c) => this.line(c));
    return { year: this.year, lines, more: candidates.length - kept.length };
  }

  private candidate(kind: Line<E>['kind'], first: E, list: E[] | null, last: E, weight: number, fully: boolean): Candidate<E> {
    return { kind, first, group: list, earliest: this.reader.date(first).earliest, latest: this.reader.date(last).latest, weight, fully, tie: null };
  }

  private single(entry: E): Candidate<E> {
    return this.candidate('single', entry, null, entry, WEIGHTS[this.reader.type(entry)] ?? 1, false);
  }

  /** First: earliest start, then earliest end, in arrival order among equals (what a stable sort puts first); last: the latest end. */
  private adopted(planId: string, list: E[], fullyAdopted: FullyAdopted): Candidate<E> {
    const date = this.reader.date;
    let first = list[0];
    let last = list[0];
    for (let i = 1; i < list.length; i++) {
      const each = list[i];
      if ((byDay(date(each).earliest, date(first).earliest) || byDay(date(each).latest, date(first).latest)) < 0) first = each;
      if (date(each).latest > date(last).latest) last = each;
    }
    const fully = fullyAdopted(planId, date(last).latest);
    return this.candidate('adoptions', first, list, last, fully ? COMPLETED_PLAN_WEIGHT : (WEIGHTS.PlanAdopted ?? 1), fully);
  }

  private line(candidate: Candidate<E>): Line<E> {
    const date = this.reader.date;
    const entries = candidate.group ?? [candidate.first];
    if (candidate.kind === 'adoptions') entries.sort((a, b) => byDay(date(a).earliest, date(b).earliest) || byDay(date(a).latest, date(b).latest));
    return { kind: candidate.kind, entries, fully: candidate.fully };
  }
}

function tieOf<E>(candidate: Candidate<E>, reader: EntryReader<E>): string {
  return (candidate.tie ??= `${reader.aggregateId(candidate.first)}\u0000${reader.eventId(candidate.first)}`);
}

function chronological<E>(a: Candidate<E>, b: Candidate<E>, reader: EntryReader<E>): number {
  return byDay(a.earliest, b.earliest) || byDay(a.latest, b.latest) || collate(tieOf(a, reader), tieOf(b, reader));
}

const weightiestFirst = <E>(a: Candidate<E>, b: Candidate<E>, reader: EntryReader<E>) => b.weight - a.weight || chronological(a, b, reader);

/**
 * The first `count` candidates as a stable sort by weight would leave them,
 * without sorting a busy year's tens of thousands: each candidate is placed
 * after those it does not beat, and the list never grows past `count`.
 */
function weightiest<E>(candidates: readonly Candidate<E>[], count: number, reader: EntryReader<E>): Candidate<E>[] {
  const kept: Candidate<E>[] = [];
  for (const candidate of candidates) {
    if (kept.length === count && weightiestFirst(candidate, kept[count - 1], reader) >= 0) continue;
    let at = kept.length;
    while (at > 0 && weightiestFirst(candidate, kept[at - 1], reader) < 0) at -= 1;
    kept.splice(at, 0, candidate);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** Every year of a report's range, each entry routed to the year it was decided in (timeline news only). */
export class TimelineCandidates<E> {
  private readonly years: YearCandidates<E>[] = [];

  constructor(
    private readonly from: number,
    to: number,
    private readonly reader: EntryReader<E>,
  ) {
    for (let year = from; year <= to; year++) this.years.push(new YearCandidates(year, reader));
  }

  add(entry: E): void {
    if (!isTimelineNews(this.reader.type(entry))) return;
    const candidates = this.years[yearOf(this.reader.date(entry)) - this.from];
    if (candidates) candidates.add(entry);
  }

  select(fullyAdopted: FullyAdopted): YearLines<E>[] {
    return this.years.map((year) => year.select(fullyAdopted));
  }
}
