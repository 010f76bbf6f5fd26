import type { ReportSource, SourcesInScope } from './report-input.js';

/** A source as recorded (the ledger leaves URL and publisher out when there are none) or as a report lists it. */
export interface CitedSource {
  readonly title: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
}

const listed = (source: CitedSource): ReportSource => ({ title: source.title, url: source.url ?? null, publisher: source.publisher ?? null });

/**
 * Distinct sources, a source being its title and URL; the last publisher seen
 * for one wins, and the list keeps the order of first citation. A national
 * ledger cites hundreds of thousands of documents, nearly every title with one
 * URL or none, so the title alone finds a source, title-plus-URL keys are
 * built only for a title cited under a second URL, and the sources are kept
 * as cited: a report entry is made only for the few a report lists.
 */
export class SourceIndex implements SourcesInScope {
  private readonly order: CitedSource[] = [];
  private readonly byTitle = new Map<string, number>();
  private readonly byTitleAndUrl = new Map<string, number>();

  static of(sources: readonly CitedSource[]): SourceIndex {
    const index = new SourceIndex();
    for (const source of sources) index.add(source);
    return index;
  }

  /** Adds the source, or takes its publisher for the one already kept. */
  add(source: CitedSource): void {
    const { title } = source;
    const url = source.url ?? null;
    let at = this.byTitle.get(title);
    if (at === undefined) {
      this.byTitle.set(title, this.order.push(source) - 1);
      return;
    }
    if ((this.order[at].url ?? null) !== url) {
      const key = `${title}\u0000${url ?? ''}`;
      at = this.byTitleAndUrl.get(key);
      if (at === undefined) {
        this.byTitleAndUrl.set(key, this.order.push(source) - 1);
        return;
      }
    }
    if ((this.order[at].publisher ?? null) !== (source.publisher ?? null)) this.order[at] = source;
  }

  get size(): number {
    return this.order.length;
  }

  list(): ReportSource[] {
    return this.order.map(listed);
  }

  withTitles(titles: ReadonlySet<string>): ReportSource[] {
    const found: number[] = [];
    for (const title of titles) {
      const at = this.byTitle.get(title);
      if (at !== undefined) found.push(at);
    }
    for (const at of this.byTitleAndUrl.values()) if (titles.has(this.order[at].title)) found.push(at);
    return found.sort((a, b) => a - b).map((at) => listed(this.order[at]));
  }

  *titles(): Iterable<string> {
    for (const source of this.order) yield source.title;
  }
}
