import type { EntryReader } from './timeline-lines.js';

/** `localeCompare`'s order, with the collator made once: a national year compares tens of thousands of lines. */
const collate = new Intl.Collator().compare;
/** ISO days of one fixed shape order the same by code unit as by collation, and much faster. */
export const byDay = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A line while it is kept: what the order looks at. The tie key is made only when a tie needs it. */
export interface Candidate<E> {
  readonly kind: 'single' | 'adoptions' | 'publications';
  /** Its first entry: aggregate and event id break ties, for a stable order. */
  readonly first: E;
  readonly group: E[] | null;
  readonly earliest: string;
  readonly latest: string;
  readonly weight: number;
  readonly fully: boolean;
  tie: string | null;
}

/**
 * The first `count` lines as a stable sort by weight (heaviest first, then
 * chronologically) would leave them, without sorting a busy year's tens of
 * thousands: each line offered is placed after those it does not beat, the
 * list never grows past `count`, and a line that cannot enter is turned away
 * before anything is made for it.
 */
export class WeightiestLines<E> {
  private readonly kept: Candidate<E>[] = [];

  constructor(
    private readonly count: number,
    private readonly reader: EntryReader<E>,
  ) {}

  /** Whether a line of this weight whose first entry is `first` and whose last day is `latest` would be kept. */
  wouldKeep(weight: number, first: E, latest: string): boolean {
    if (this.kept.length < this.count) return true;
    const last = this.kept[this.count - 1];
    const earliest = this.reader.date(first).earliest;
    const order = last.weight - weight || byDay(earliest, last.earliest) || byDay(latest, last.latest);
    return order !== 0 ? order < 0 : collate(this.tieKey(first), this.tieOf(last)) < 0;
  }

  offer(kind: Candidate<E>['kind'], first: E, group: E[] | null, latest: string, weight: number, fully: boolean): void {
    if (!this.wouldKeep(weight, first, latest)) return;
    const candidate: Candidate<E> = { kind, first, group, earliest: this.reader.date(first).earliest, latest, weight, fully, tie: null };
    let at = this.kept.length;
    while (at > 0 && this.weightiestFirst(candidate, this.kept[at - 1]) < 0) at -= 1;
    this.kept.splice(at, 0, candidate);
    if (this.kept.length > this.count) this.kept.pop();
  }

  /** The kept lines in chronological order. */
  chronological(): Candidate<E>[] {
    return [...this.kept].sort((a, b) => this.chronologically(a, b));
  }

  get size(): number {
    return this.kept.length;
  }

  private tieKey(entry: E): string {
    return `${this.reader.aggregateId(entry)}\u0000${this.reader.eventId(entry)}`;
  }

  private tieOf(candidate: Candidate<E>): string {
    return (candidate.tie ??= this.tieKey(candidate.first));
  }

  private chronologically(a: Candidate<E>, b: Candidate<E>): number {
    return byDay(a.earliest, b.earliest) || byDay(a.latest, b.latest) || collate(this.tieOf(a), this.tieOf(b));
  }

  private weightiestFirst(a: Candidate<E>, b: Candidate<E>): number {
    return b.weight - a.weight || this.chronologically(a, b);
  }
}
