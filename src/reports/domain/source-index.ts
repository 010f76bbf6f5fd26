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

  withTitles(titles: ReadonlySet<string>): ReportSource[] {
    const found: number[] = [];
    for (const title of titles) {
      const at = this.byTitle.get(title);
      if (at !== undefined) found.push(at);
    }
    for (const at of this.byTitleAndUrl.values()) if (titles.has(this.order[at].title)) found.push(at);
    return found.sort((a, b) => a - b).map((at) => listed(this.order[at]));
  }

  titledAmong(titles: ReadonlySet<string>): Set<string> {
    return titledAmong(titles, this.order.map((source) => source.title));
  }
}

/** The trimmed, lower-case form a title is looked up by. */
export const titleKey = (title: string): string => title.trim().toLowerCase();

/**
 * Which of `wanted` (title keys) some title has. Most titles differ from every
 * wanted one in their first letter, which is told without making a string.
 */
export function titledAmong(wanted: ReadonlySet<string>, titles: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const firstLetters = new Set([...wanted].map((title) => title.charCodeAt(0)));
  for (const title of titles) {
    if (found.size === wanted.size) break;
    if (!mayStartLike(title.charCodeAt(0), firstLetters)) continue;
    const key = titleKey(title);
    if (wanted.has(key)) found.add(key);
  }
  return found;
}

/** Whether a title starting with this code may have a key starting with one of these: an ASCII letter or sign is its own key's first, lower-cased. */
export const mayStartLike = (code: number, firstLetters: ReadonlySet<number>): boolean =>
  !(code > 32 && code < 127) || firstLetters.has(code >= 65 && code <= 90 ? code + 32 : code);
