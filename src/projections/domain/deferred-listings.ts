/**
 * Additions to lists (a map of sets) waiting to be made, as flat triples of
 * map, key and value. A catch-up lists every plan and initiative it applies,
 * and adding each to sets of tens of thousands as it came cost a
 * million-event rebuild about 0.2 s more than adding them all at its end. The
 * additions are made in the order they were asked for, so the lists are what
 * adding at once would give; readers take the lists through `listedUnder`.
 */
export type PendingListings = unknown[];

export function listLater<K, V>(pending: PendingListings, lists: Map<K, Set<V>>, key: K, value: V): void {
  pending.push(lists, key, value);
}

/** Makes every waiting addition (a projection's settle, or the first read after writes). */
export function addListings(pending: PendingListings): void {
  for (let i = 0; i < pending.length; i += 3) {
    const lists = pending[i] as Map<unknown, Set<unknown>>;
    let set = lists.get(pending[i + 1]);
    if (!set) lists.set(pending[i + 1], (set = new Set()));
    set.add(pending[i + 2]);
  }
  pending.length = 0;
}

/** The list under `key`, with every addition asked for so far made. */
export function listedUnder<K, V>(pending: PendingListings, lists: Map<K, Set<V>>, key: K): ReadonlySet<V> | undefined {
  if (pending.length > 0) addListings(pending);
  return lists.get(key);
}
