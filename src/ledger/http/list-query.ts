import { DomainError } from '../domain/domain-error.js';
import { requireOneOf } from '../domain/rules.js';
import { isPlainObject } from '../validation/validate-dto.js';

export type QueryParser = (value: string, field: string) => unknown;

export const oneOfQuery = (allowed: readonly string[], code = 'QUERY.UNKNOWN_VALUE'): QueryParser => (value, field) =>
  requireOneOf(allowed, value, field, code);

export const textQuery: QueryParser = (value) => value;

const integerQuery = (min: number, max: number): QueryParser => (value, field) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new DomainError('QUERY.INVALID_NUMBER', `${field} måste vara ett heltal mellan ${min} och ${max}`, field, 'integer-range');
  }
  return n;
};

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

const PAGE_PARSERS = { limit: integerQuery(1, 1000), offset: integerQuery(0, Number.MAX_SAFE_INTEGER) };

/**
 * Parses a list query: only the named parameters, each once, each by its
 * parser; `limit` (default 100, at most 1000) and `offset` for paging.
 */
export function parseListQuery<K extends string>(query: unknown, parsers: Record<K, QueryParser>): Partial<Record<K, unknown>> & Page {
  const all: Record<string, QueryParser> = { ...parsers, ...PAGE_PARSERS };
  const parsed: Record<string, unknown> = { limit: 100, offset: 0 };
  for (const [name, value] of Object.entries(isPlainObject(query) ? query : {})) {
    // Own parsers only: `__proto__`, `constructor` or `toString` must not find Object.prototype's.
    const parse = Object.hasOwn(all, name) ? all[name] : undefined;
    if (!parse) throw new DomainError('QUERY.UNKNOWN_PARAMETER', `${name} är ingen känd parameter; tillåtna: ${Object.keys(all).join(', ')}`, name, 'known-parameter');
    if (typeof value !== 'string') throw new DomainError('QUERY.REPEATED_PARAMETER', `${name} får bara anges en gång`, name, 'single-value');
    parsed[name] = parse(value, name);
  }
  return parsed as Partial<Record<K, unknown>> & Page;
}

export const page = <T>(items: readonly T[], { limit, offset }: Page) => ({ total: items.length, offset, limit, items: items.slice(offset, offset + limit) });
