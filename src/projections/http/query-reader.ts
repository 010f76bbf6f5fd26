import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import { endOfSwedishDay } from '../../web/as-of.js';
import { dayDate, type DayDate } from '../domain/day-dates.js';
import { parseMonthDay, type MonthDay } from '../../indicators/domain/cutoff.js';

const invalid = (code: string, field: string, message: string, rule: string) => new DomainError(code, `${field}: ${message}`, field, rule);

const isCalendarDay = (text: string) => {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
};

/**
 * Reads a query string for the read side: only the parameters a route names,
 * each at most once, each checked with a Swedish message naming it. Every
 * query route takes `asOf` (record time) and `minPosition` (read your writes).
 */
export class QueryReader {
  private readonly raw: Record<string, unknown>;

  constructor(query: unknown, allowed: readonly string[]) {
    this.raw = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
    const known = new Set([...allowed, 'asOf', 'minPosition']);
    for (const name of Object.keys(this.raw)) {
      if (!known.has(name)) {
        throw new DomainError('QUERY.UNKNOWN_PARAMETER', `${name} är ingen känd parameter; tillåtna: ${[...known].join(', ')}`, name, 'known-parameter');
      }
    }
  }

  text(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new DomainError('QUERY.REPEATED_PARAMETER', `${name} får bara anges en gång`, name, 'single-value');
    return value;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      throw invalid('QUERY.INVALID_NUMBER', name, `måste vara ett heltal mellan ${min} och ${max}`, 'integer-range');
    }
    return n;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalid('QUERY.UNKNOWN_VALUE', name, `"${value}" är inte tillåtet; välj ett av ${allowed.join(', ')}`, 'vocabulary');
    }
    return value as T;
  }

  /** Record time: a date (`2023-05-01`, the end of that day in Sweden) or an ISO timestamp with zone, as epoch ms. */
  instant(name: string): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value)) return endOfSwedishDay(value).getTime();
    const t = Date.parse(value);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(t)) return t;
    throw invalid('QUERY.INVALID_DATE', name, `"${value}" är ingen tidpunkt; ange ÅÅÅÅ-MM-DD eller en ISO-tidpunkt med tidszon`, 'instant');
  }

  /** `asOf`: what the ledger knew then; absent means now. */
  asOf(): number | null {
    return this.instant('asOf') ?? null;
  }

  /** `minPosition`: a global position a client wrote at and wants to read back. */
  minPosition(): number | undefined {
    return this.integer('minPosition', 0, Number.MAX_SAFE_INTEGER);
  }

  /** Decision time as an EDTF date (`2022`, `2022-03`, `2022-21`, `2022-03-28`). */
  decisionDate(name: string): DayDate | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const date = dayDate(value);
    if (!date) throw invalid('QUERY.INVALID_DATE', name, `"${value}" är inget EDTF-datum (t.ex. 2022, 2022-03, 2022-21 eller 2022-03-28)`, 'edtf');
    return date;
  }

  monthDay(name: string): MonthDay | undefined {
    const value = this.text(name);
    return value === undefined ? undefined : parseMonthDay(value, name);
  }

  /** An actor of the reference data (`kommun:1784`, `region:17`, `lan:17`, `national:skr`). */
  actor(name: string, actors: ActorRegistry): ActorId | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!actors.has(value)) throw invalid('QUERY.UNKNOWN_VALUE', name, `"${value}" är ingen känd aktör (t.ex. kommun:1784, region:17, lan:17)`, 'known-actor');
    return value;
  }

  /** A län as `17` or `lan:17`. */
  lan(name: string, actors: ActorRegistry): ActorId | undefined {
    const value = this.text(name);
    return value === undefined ? undefined : lanId(value, name, actors);
  }
}

/** `17` or `lan:17` to `lan:17`, refusing anything that is not one of the 21 län. */
export function lanId(value: string, field: string, actors: ActorRegistry): ActorId {
  const id = value.startsWith('lan:') ? value : `lan:${value}`;
  if (actors.get(id)?.kind !== 'lan') throw invalid('QUERY.UNKNOWN_VALUE', field, `"${value}" är inget län; ange länskoden, t.ex. 17 eller lan:17`, 'known-lan');
  return id;
}
