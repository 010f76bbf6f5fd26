import type { TimelineEntry } from '../../timeline/domain/timeline-state.js';
import type { ReportSource, SourcesInScope } from '../domain/report-input.js';
import { SourceIndex, type CitedSource } from '../domain/source-index.js';
import type { SourceNumbering } from './source-numbering.js';

/** Digested records a report takes, in timeline order: all of them, or those `only` marks. */
export interface RecordSpan {
  readonly records: Int32Array;
  readonly only: Uint8Array | null;
}

/**
 * The distinct sources of digested records, and of what is cited after them
 * (the published figures), as a SourceIndex fed the same records in the
 * same order would hold them: the records' sources are told apart by number,
 * and only the few a report lists are looked up for their last publisher.
 */
export class DigestSources implements SourcesInScope {
  private readonly inScope: Uint8Array;
  /** Numbers in scope, in order of first citation. */
  private readonly order: number[] = [];
  private readonly after = new SourceIndex();
  /** A record's source cited again after the records: that later citation. */
  private readonly later = new Map<number, CitedSource>();

  constructor(
    private readonly numbering: SourceNumbering,
    private readonly entries: readonly TimelineEntry[],
    private readonly spans: readonly RecordSpan[],
  ) {
    this.inScope = new Uint8Array(numbering.count);
    this.each((number) => {
      if (this.inScope[number] === 1) return;
      this.inScope[number] = 1;
      this.order.push(number);
    });
  }

  /** Cites a source after the records. */
  add(source: CitedSource): void {
    const number = this.numbering.find(source);
    if (number !== undefined && this.inScope[number] === 1) this.later.set(number, source);
    else this.after.add(source);
  }

  get size(): number {
    return this.order.length + this.after.size;
  }

  withTitles(titles: ReadonlySet<string>): ReportSource[] {
    const wanted = new Uint8Array(this.numbering.count);
    let any = false;
    for (const title of titles) {
      for (const number of this.numbering.titled(title)) {
        if (this.inScope[number] === 0) continue;
        wanted[number] = 1;
        any = true;
      }
    }
    const last = new Map<number, number>();
    if (any) this.each((number, record) => wanted[number] === 1 && last.set(number, record));
    const listed = [...last].map(([number, record]): ReportSource => {
      const { title, url } = this.numbering.sourceOf(number);
      const publisher = (this.later.get(number) ?? this.entries[record].source).publisher;
      return { title, url: url ?? null, publisher: publisher ?? null };
    });
    return [...listed, ...this.after.withTitles(titles)];
  }

  *titles(): Iterable<string> {
    for (const number of this.order) yield this.numbering.sourceOf(number).title;
    yield* this.after.titles();
  }

  /** Every record taken, in timeline order, with its source's number. */
  private each(visit: (number: number, record: number) => void): void {
    for (const { records, only } of this.spans) {
      for (let i = 0; i < records.length; i++) if (only === null || only[i] === 1) visit(this.numbering.numberAt(records[i]), records[i]);
    }
  }
}
