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

const lists = new Map<string, readonly string[]>();
const NO_STRINGS: readonly string[] = Object.freeze([]);

/**
 * Lists repeat as much as their items: most initiatives have one of a few
 * hundred owner lists and a handful of target groups and focus areas. Equal
 * lists share one frozen array: a million events' heads made a million
 * arrays (about 34 MB) that said the same few things.
 */
export function internStrings(values: readonly string[] | null | undefined): readonly string[] {
  if (!Array.isArray(values) || values.length === 0) return NO_STRINGS;
  if (!values.every((value) => typeof value === 'string')) return values.map(internString);
  // Joined text can be the same for different lists (an item holding the separator): a hit is checked item by item.
  const key = values.length === 1 ? values[0] : values.join('\u0000');
  const known = lists.get(key);
  if (known !== undefined) return sameItems(known, values) ? known : values.map(internString);
  if (lists.size >= LIMIT) lists.clear();
  const list = Object.freeze(values.map(internString));
  lists.set(key, list);
  return list;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A document holds many decisions, and a long catch-up from SQLite delivers
 * the events citing one as one frozen object (see page-reader.worker.mjs):
 * a frozen source is kept as it is. Otherwise a table would cost a lookup
 * by title per event, a second on the way to ready at a million events (the
 * report's source numbering shares the copies later, see shareSource);
 * consecutive events citing the same document share one object. Publishers
 * repeat, so theirs is interned.
 */
let lastSource: Source = Object.freeze({ title: '', url: undefined, publisher: undefined });

/** Two sources are the same when title, URL and publisher are. */
export const sameSource = (a: Source, b: Source): boolean => a.title === b.title && a.url === b.url && a.publisher === b.publisher;

export function internSource(source: Source | undefined): Source {
  if (!source || typeof source !== 'object') return EMPTY_SOURCE;
  if (Object.isFrozen(source)) return source;
  if (sameSource(source, lastSource)) return lastSource;
  lastSource = { title: source.title, url: source.url, publisher: internString(source.publisher) };
  return lastSource;
}

const EMPTY_SOURCE: Source = Object.freeze({ title: '' });
