const orders = new WeakMap<ReadonlyMap<string, unknown>, readonly unknown[]>();

const byId = (a: { readonly id: string }, b: { readonly id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records of a projection's map ordered by id. The maps only grow, and a
 * Map iterates in insertion order, so the order is kept per map and the
 * records added since are sorted and merged in: a list asked for after each
 * write does not sort a national ledger's 150,000 initiatives every time.
 */
export function inIdOrder<R extends { readonly id: string }>(map: ReadonlyMap<string, R>): readonly R[] {
  const known = (orders.get(map) ?? []) as readonly R[];
  if (known.length === map.size) return known;
  const added: R[] = [];
  let i = 0;
  for (const record of map.values()) if (i++ >= known.length) added.push(record);
  added.sort(byId);
  const merged: R[] = new Array(map.size);
  let a = 0;
  let b = 0;
  for (let k = 0; k < merged.length; k++) merged[k] = b >= added.length || (a < known.length && byId(known[a], added[b]) <= 0) ? known[a++] : added[b++];
  orders.set(map, merged);
  return merged;
}
