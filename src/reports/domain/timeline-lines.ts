import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ReportDate } from './report-input.js';
import { COMPLETED_PLAN_WEIGHT, PHRASES, WEIGHTS } from './timeline-phrases.js';
import { byDay, WeightiestLines, type Candidate } from './weightiest-lines.js';

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
const LINES_PER_PART = 2_000;

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

  add(entry: E, type: LedgerEventType): void {
    if (type === 'PlanAdopted') group(this.adoptions, this.reader.aggregateId(entry), entry);
    else if (type === 'FigurePublished') group(this.publications, `${this.reader.publisher(entry)}\u0000${this.reader.date(entry).edtf}`, entry);
    else this.singles.push(entry);
  }

  /**
   * The `count` weightiest lines, in chronological order, and how many were
   * left out. Lines are offered in the order a stable sort would see them:
   * the decisions as they came, then each plan's adoptions, then each
   * publisher's figures of a day, a group of one being a single line.
   */
  select(fullyAdopted: FullyAdopted, count = LINES_PER_YEAR): YearLines<E> {
    const parts = this.selecting(fullyAdopted, count);
    for (;;) {
      const part = parts.next();
      if (part.done) return part.value;
    }
  }

  /** `select` in parts, pausing every few thousand lines, for work that shares the event loop with requests. */
  *selecting(fullyAdopted: FullyAdopted, count = LINES_PER_YEAR): Generator<void, YearLines<E>> {
    const kept = new WeightiestLines(count, this.reader);
    let offered = 0;
    for (const entry of this.singles) {
      this.single(kept, entry);
      if (++offered % LINES_PER_PART === 0) yield;
    }
    for (const [planId, list] of this.adoptions) {
      if (list.length === 1) this.single(kept, list[0]);
      else this.adopted(kept, planId, list, fullyAdopted);
      if (++offered % LINES_PER_PART === 0) yield;
    }
    for (const list of this.publications.values()) {
      if (list.length === 1) this.single(kept, list[0]);
      else kept.offer('publications', list[0], list, this.reader.date(list[0]).latest, WEIGHTS.FigurePublished ?? 1, false);
    }
    const total = this.singles.length + this.adoptions.size + this.publications.size;
    return { year: this.year, lines: kept.chronological().map((c) => this.line(c)), more: total - kept.size };
  }

  private single(kept: WeightiestLines<E>, entry: E): void {
    kept.offer('single', entry, null, this.reader.date(entry).latest, WEIGHTS[this.reader.type(entry)] ?? 1, false);
  }

  /**
   * First: earliest start, then earliest end, in arrival order among equals
   * (what a stable sort puts first); the line ends with the latest end. Only
   * a line that could still be kept at the completed-plan weight is asked
   * whether it completed its plan.
   */
  private adopted(kept: WeightiestLines<E>, planId: string, list: E[], fullyAdopted: FullyAdopted): void {
    const date = this.reader.date;
    let first = list[0];
    let latest = date(first).latest;
    for (let i = 1; i < list.length; i++) {
      const each = date(list[i]);
      const firstDate = date(first);
      if ((byDay(each.earliest, firstDate.earliest) || byDay(each.latest, firstDate.latest)) < 0) first = list[i];
      if (each.latest > latest) latest = each.latest;
    }
    if (!kept.wouldKeep(COMPLETED_PLAN_WEIGHT, first, latest)) return;
    const fully = fullyAdopted(planId, latest);
    kept.offer('adoptions', first, list, latest, fully ? COMPLETED_PLAN_WEIGHT : (WEIGHTS.PlanAdopted ?? 1), fully);
  }

  private line(candidate: Candidate<E>): Line<E> {
    const date = this.reader.date;
    const entries = candidate.group ?? [candidate.first];
    if (candidate.kind === 'adoptions') entries.sort((a, b) => byDay(date(a).earliest, date(b).earliest) || byDay(date(a).latest, date(b).latest));
    return { kind: candidate.kind, entries, fully: candidate.fully };
  }
}

/** Every year of a report's range, each entry routed to the year it was decided in (timeline news only). */
export class TimelineCandidates<E> {
  private readonly years: YearCandidates<E>[] = [];
  // Entries come in decision order and share date objects, so the last date's year is nearly always the next one's.
  private lastDate: ReportDate | null = null;
  private lastYear: YearCandidates<E> | undefined;

  constructor(
    private readonly from: number,
    to: number,
    private readonly reader: EntryReader<E>,
  ) {
    for (let year = from; year <= to; year++) this.years.push(new YearCandidates(year, reader));
  }

  add(entry: E): void {
    const type = this.reader.type(entry);
    if (!isTimelineNews(type)) return;
    const date = this.reader.date(entry);
    if (date !== this.lastDate) {
      this.lastDate = date;
      this.lastYear = this.years[yearOf(date) - this.from];
    }
    this.lastYear?.add(entry, type);
  }

  select(fullyAdopted: FullyAdopted): YearLines<E>[] {
    return this.years.map((year) => year.select(fullyAdopted));
  }
}
