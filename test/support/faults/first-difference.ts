import { isDeepStrictEqual } from 'node:util';

const MAX_SHOWN = 300;

const shown = (value: unknown): string => {
  const text = JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Map ? Object.fromEntries(inner) : inner instanceof Set ? [...inner] : inner)) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
};

function entriesOf(value: unknown): [string, unknown][] | null {
  if (value instanceof Map) return [...value.entries()].map(([key, inner]) => [`get(${shown(key)})`, inner]);
  if (value instanceof Set) return [...value].map((inner, index) => [`[set ${index}]`, inner]);
  if (Array.isArray(value)) return value.map((inner, index) => [`[${index}]`, inner]);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([key, inner]) => [`.${key}`, inner]);
  return null;
}

/**
 * Where two large values first differ, as a path and both sides cut short, or
 * null when they are deeply equal. A failing `toEqual` on a whole ledger's
 * read models would make jest print (and compute) a diff of megabytes.
 */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(actual, expected)) return null;
  const left = entriesOf(actual);
  const right = entriesOf(expected);
  if (!left || !right || Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
    return `${path}: ${shown(actual)} ≠ ${shown(expected)}`;
  }
  const rightByKey = new Map(right);
  for (const [key, inner] of left) {
    if (!rightByKey.has(key)) return `${path}${key}: only in the first (${shown(inner)})`;
    const difference = firstDifference(inner, rightByKey.get(key), `${path}${key}`);
    if (difference) return difference;
  }
  const leftKeys = new Set(left.map(([key]) => key));
  const missing = right.find(([key]) => !leftKeys.has(key));
  if (missing) return `${path}${missing[0]}: only in the second (${shown(missing[1])})`;
  return `${path}: same entries in another order`;
}
