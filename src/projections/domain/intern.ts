import type { Source } from '../../ledger/domain/vocabulary.js';

/**
 * A million parsed events carry a million copies of the same few hundred actor
 * ids and bodies; projections keep one copy of each. The table is shared by
 * all states (it only holds immutable values) and bounded.
 */
const LIMIT = 200_000;
const strings = new Map<string, string>();

export function internString<T extends string | null | undefined>(value: T): T {
  if (typeof value !== 'string' || value.length > 200) return value;
  const known = strings.get(value);
  if (known !== undefined) return known as T;
  if (strings.size >= LIMIT) strings.clear();
  strings.set(value, value);
  return value;
}

export function internStrings(values: readonly string[] | null | undefined): readonly string[] {
  if (!Array.isArray(values)) return [];
  return values.map(internString);
}

/**
 * Most sources are one document each, so a table of them would only copy
 * them; consecutive events often cite the same document, though, and then
 * they share one object. Publishers repeat, so theirs is interned.
 */
let lastSource: Source = Object.freeze({ title: '', url: undefined, publisher: undefined });

export function internSource(source: Source | undefined): Source {
  if (!source || typeof source !== 'object') return EMPTY_SOURCE;
  if (source.title === lastSource.title && source.url === lastSource.url && source.publisher === lastSource.publisher) return lastSource;
  lastSource = { title: source.title, url: source.url, publisher: internString(source.publisher) };
  return lastSource;
}

const EMPTY_SOURCE: Source = Object.freeze({ title: '' });
