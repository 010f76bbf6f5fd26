import type { Actor, ActorKind } from '../../actors/domain/actor.js';
import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import { assertNotAfterRecordTime, parseDecisionDate } from './decision-date.js';
import { DomainError } from './domain-error.js';
import type { ActorId, EdtfDate, Source } from './vocabulary.js';

/**
 * Rules shared by the deciders. Each throws a DomainError naming the field and
 * the rule; messages are Swedish because they reach the person recording.
 */

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

export function requireSlug(value: string, field: string, code: string): string {
  if (!SLUG.test(value)) {
    throw new DomainError(code, `${field} får bara innehålla a–z, 0–9 och bindestreck (högst 80 tecken), t.ex. varmland-malbild-2022`, field, 'slug');
  }
  return value;
}

/** Indicator ids may name a variant after a colon, e.g. `regioner-med-program:1177_direkt`. */
const INDICATOR_ID = /^[a-z0-9](?:[a-z0-9_:-]{0,78}[a-z0-9])?$/;

export function requireIndicatorId(value: string, field: string, code: string): string {
  if (!INDICATOR_ID.test(value)) {
    throw new DomainError(code, `${field} får bara innehålla a–z, 0–9, bindestreck, understreck och kolon (högst 80 tecken), t.ex. regioner-med-program:halsosamtal`, field, 'indicator-id');
  }
  return value;
}

export function requireText(value: string | null | undefined, field: string, code: string, maxLength = 300): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new DomainError(code, `${field} måste anges`, field, 'required');
  if (text.length > maxLength) throw new DomainError(code, `${field} får vara högst ${maxLength} tecken`, field, 'max-length');
  return text;
}

export function optionalText(value: string | null | undefined, field: string, code: string, maxLength = 5000): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : requireText(value, field, code, maxLength);
}

export function requireOneOf<T extends string>(allowed: readonly T[], value: string, field: string, code: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new DomainError(code, `${field}: "${value}" är okänt; tillåtna värden: ${allowed.join(', ')}`, field, 'one-of');
  }
  return value as T;
}

export function requireDistinct<T>(values: readonly T[], field: string, code: string): T[] {
  const seen = new Set<T>();
  values.forEach((value, index) => {
    if (seen.has(value)) throw new DomainError(code, `${field}: ${String(value)} förekommer mer än en gång`, `${field}[${index}]`, 'distinct');
    seen.add(value);
  });
  return [...values];
}

export function requireActor(actors: ActorRegistry, id: ActorId, field: string, kinds?: readonly ActorKind[]): Actor {
  const actor = actors.get(id);
  if (!actor) {
    throw new DomainError('ACTOR.UNKNOWN', `${field}: aktören "${id}" finns inte (t.ex. lan:17, region:17, kommun:1784, national:skr)`, field, 'known-actor');
  }
  if (kinds && !kinds.includes(actor.kind)) {
    throw new DomainError('ACTOR.WRONG_KIND', `${field}: ${id} är ${actor.kind}, här krävs ${kinds.join(' eller ')}`, field, 'actor-kind');
  }
  return actor;
}

/** A decision time: a valid EDTF date, kept exactly as given, not after the day it is recorded. */
export function requireDecisionDate(value: EdtfDate, field: string, now: Date): EdtfDate {
  const date = parseDecisionDate(value, field);
  assertNotAfterRecordTime(date, now, field);
  return date.edtf;
}

export function optionalDecisionDate(value: EdtfDate | null | undefined, field: string, now: Date): EdtfDate | null {
  return value === undefined || value === null ? null : requireDecisionDate(value, field, now);
}

/** Every recorded fact names where it comes from. */
export function requireSource(source: Partial<Source> | null | undefined): Source {
  if (!source || typeof source.title !== 'string' || source.title.trim() === '') {
    throw new DomainError('SOURCE.MISSING', 'source.title måste anges: varje beslut behöver en källa (dokumentets titel)', 'source.title', 'required');
  }
  const title = requireText(source.title, 'source.title', 'SOURCE.INVALID', 500);
  const url = source.url === undefined ? undefined : requireUrl(source.url);
  const publisher = source.publisher === undefined ? undefined : requireText(source.publisher, 'source.publisher', 'SOURCE.INVALID', 200);
  return { title, ...(url === undefined ? {} : { url }), ...(publisher === undefined ? {} : { publisher }) };
}

function requireUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || value.length > 2000) {
    throw new DomainError('SOURCE.INVALID', `source.url måste vara en http- eller https-adress`, 'source.url', 'url');
  }
  return value;
}
