import type { Source } from '../../ledger/domain/vocabulary.js';

/**
 * A million parsed events carry a million copies of the same few hundred actor
 * ids, bodies and sources; projections keep one copy of each. The tables are
 * shared by all states (they only hold immutable values) and bounded.
 */
const LIMIT = 200_000;
const strings = new Map<string, string>();
const sources = new Map<string, Source>();

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

export function internSource(source: Source | undefined): Source {
  if (!source || typeof source !== 'object') return EMPTY_SOURCE;
  const key = `${source.title}\u0000${source.url ?? ''}\u0000${source.publisher ?? ''}`;
  const known = sources.get(key);
  if (known) return known;
  const value: Source = Object.freeze({
    title: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
  });
  if (sources.size >= LIMIT) sources.clear();
  sources.set(key, value);
  return value;
}

const EMPTY_SOURCE: Source = Object.freeze({ title: '' });
