import { DomainError } from '../ledger/domain/domain-error.js';
import { endOfSwedishDay, parseAsOf } from './as-of.js';

const now = new Date('2024-06-10T09:00:00Z');

describe('as-of', () => {
  it('is the live present when absent or empty', () => {
    expect(parseAsOf(undefined, now)).toEqual({ at: now, requested: null, live: true });
    expect(parseAsOf('', now)).toEqual({ at: now, requested: null, live: true });
  });

  it('reads a date as the end of that day in Swedish time, summer and winter', () => {
    expect(endOfSwedishDay('2023-05-01').toISOString()).toBe('2023-05-01T21:59:59.999Z');
    expect(endOfSwedishDay('2023-01-15').toISOString()).toBe('2023-01-15T22:59:59.999Z');
    expect(parseAsOf('2023-05-01', now)).toEqual({ at: new Date('2023-05-01T21:59:59.999Z'), requested: '2023-05-01', live: false });
  });

  it('takes an exact instant too, as the audit view links to one', () => {
    expect(parseAsOf('2024-06-01T10:00:00Z', now).at.toISOString()).toBe('2024-06-01T10:00:00.000Z');
  });

  it('treats today or a later day as the live present', () => {
    expect(parseAsOf('2024-06-10', now).live).toBe(true);
    expect(parseAsOf('2030-01-01', now).at).toBe(now);
  });

  it.each(['igår', '2023-02-30', '2023-13-01', '01/05/2023'])('refuses "%s" naming the field', (value) => {
    expect(() => parseAsOf(value, now)).toThrow(DomainError);
    expect(() => parseAsOf(value, now)).toThrow(/^asOf: /);
  });
});
