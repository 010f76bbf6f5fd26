import type { TimelineEntry } from '../../timeline/domain/timeline-state.js';
import type { ReportSource, SourcesInScope } from '../domain/report-input.js';
import { mayStartLike, SourceIndex, titleKey, type CitedSource } from '../domain/source-index.js';
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
    const inScope = (this.inScope = new Uint8Array(numbering.count));
    for (const { records, only } of spans) {
      for (let i = 0; i < records.length; i++) {
        if (only !== null && only[i] === 0) continue;
        const number = numbering.numberAt(records[i]);
        if (inScope[number] === 1) continue;
        inScope[number] = 1;
        this.order.push(number);
      }
    }
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
    for (const { records, only } of any ? this.spans : []) {
      for (let i = 0; i < records.length; i++) {
        if (only !== null && only[i] === 0) continue;
        const number = this.numbering.numberAt(records[i]);
        if (wanted[number] === 1) last.set(number, records[i]);
      }
    }
    const listed = [...last].map(([number, record]): ReportSource => {
      const { title, url } = this.numbering.sourceOf(number);
      const publisher = (this.later.get(number) ?? this.entries[record].source).publisher;
      return { title, url: url ?? null, publisher: publisher ?? null };
    });
    return [...listed, ...this.after.withTitles(titles)];
  }

  titledAmong(titles: ReadonlySet<string>): Set<string> {
    const firstLetters = new Set([...titles].map((title) => title.charCodeAt(0)));
    const found = this.after.titledAmong(titles);
    for (const number of this.order) {
      if (found.size === titles.size) break;
      if (!mayStartLike(this.numbering.firstCodeOf(number), firstLetters)) continue;
      const key = titleKey(this.numbering.sourceOf(number).title);
      if (titles.has(key)) found.add(key);
    }
    return found;
  }
}
