import type { Source } from '../../ledger/domain/vocabulary.js';
import { shareSource, type TimelineEntry } from '../../timeline/domain/timeline-state.js';
import type { CitedSource } from '../domain/source-index.js';

/** An Int32Array that grows to hold index `at`, new places set to `empty`. */
function holding(array: Int32Array<ArrayBuffer>, at: number, empty: number): Int32Array<ArrayBuffer> {
  if (at < array.length) return array;
  let size = array.length;
  while (size <= at) size *= 2;
  const grown = new Int32Array(size).fill(empty);
  grown.set(array);
  return grown;
}

/**
 * Every distinct source (title and URL) of the timeline's records by number,
 * so that a report counts the distinct sources of most of a million records
 * by marking numbers instead of hashing their titles. A record's source is
 * metadata and never changes, so each record is looked up once. Nearly every
 * title has one URL or none: a title finds its first source, and the others
 * with that title follow it in a chain. A record whose source equals the one
 * numbered (publisher too) is given that one to cite (see shareSource).
 */
export class SourceNumbering {
  private readonly byTitle = new Map<string, number>();
  private readonly sources: Source[] = [];
  /** By number: the next source with the same title, or -1. */
  private nextOfTitle = new Int32Array(1024).fill(-1);
  /** By number: the first UTF-16 code of the title, so a lookup by title key can pass over most without reading them. */
  private firstCodes = new Int32Array(1024);
  /** By record (log index): its source's number plus one; 0 while not looked up. */
  private ofRecord = new Int32Array(1024);

  get count(): number {
    return this.sources.length;
  }

  numberOf(entry: TimelineEntry): number {
    const at = entry.logIndex;
    this.ofRecord = holding(this.ofRecord, at, 0);
    const known = this.ofRecord[at];
    if (known !== 0) return known - 1;
    const number = this.find(entry.source) ?? this.added(entry.source);
    this.ofRecord[at] = number + 1;
    shareSource(entry, this.sources[number]);
    return number;
  }

  /** The number of a record's source, once `numberOf` has looked it up. */
  numberAt(logIndex: number): number {
    return this.ofRecord[logIndex] - 1;
  }

  /** The number of a source already seen; a source is its title and URL. */
  find(source: CitedSource): number | undefined {
    const url = source.url ?? null;
    for (let number = this.byTitle.get(source.title) ?? -1; number !== -1; number = this.nextOfTitle[number]) {
      if ((this.sources[number].url ?? null) === url) return number;
    }
    return undefined;
  }

  /** The numbers of the sources with this title, whatever their URL. */
  titled(title: string): number[] {
    const found: number[] = [];
    for (let number = this.byTitle.get(title) ?? -1; number !== -1; number = this.nextOfTitle[number]) found.push(number);
    return found;
  }

  sourceOf(number: number): Source {
    return this.sources[number];
  }

  firstCodeOf(number: number): number {
    return this.firstCodes[number];
  }

  private added(source: Source): number {
    const number = this.sources.push(source) - 1;
    this.nextOfTitle = holding(this.nextOfTitle, number, -1);
    this.firstCodes = holding(this.firstCodes, number, 0);
    this.firstCodes[number] = source.title.charCodeAt(0);
    const first = this.byTitle.get(source.title);
    if (first === undefined) {
      this.byTitle.set(source.title, number);
    } else {
      let last = first;
      while (this.nextOfTitle[last] !== -1) last = this.nextOfTitle[last];
      this.nextOfTitle[last] = number;
    }
    return number;
  }
}
