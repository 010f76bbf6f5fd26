import type { ReportSource } from './report-input.js';

/**
 * Distinct sources, a source being its title and URL; the last publisher seen
 * for one wins, and the list keeps the order of first citation. A national
 * ledger cites hundreds of thousands of documents, nearly every title with one
 * URL or none, so the title alone finds a source and title-plus-URL keys are
 * built only for a title cited under a second URL.
 */
export class SourceIndex {
  private readonly order: ReportSource[] = [];
  private readonly byTitle = new Map<string, number>();
  private readonly byTitleAndUrl = new Map<string, number>();

  /** Adds the source (or takes its publisher) and returns the one kept for it. */
  add(title: string, url: string | null, publisher: string | null): ReportSource {
    let at = this.byTitle.get(title);
    if (at === undefined) {
      this.byTitle.set(title, this.order.length);
      return this.push({ title, url, publisher });
    }
    if (this.order[at].url !== url) {
      const key = `${title}\u0000${url ?? ''}`;
      at = this.byTitleAndUrl.get(key);
      if (at === undefined) {
        this.byTitleAndUrl.set(key, this.order.length);
        return this.push({ title, url, publisher });
      }
    }
    const known = this.order[at];
    if (known.publisher === publisher) return known;
    return (this.order[at] = { title, url, publisher });
  }

  list(): ReportSource[] {
    return [...this.order];
  }

  get size(): number {
    return this.order.length;
  }

  private push(source: ReportSource): ReportSource {
    this.order.push(source);
    return source;
  }
}
