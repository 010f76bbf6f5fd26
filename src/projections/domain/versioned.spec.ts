import fc from 'fast-check';
import { isoInstant } from './versioned.js';

describe('record times', () => {
  it('read as Date.parse reads them, for toISOString output and anything else', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(isoInstant(date.toISOString())).toBe(date.getTime());
      }),
    );
    for (const text of ['2023-01-10T09:00:00Z', '2023-01-10T10:00:00.000+01:00', '2023-01-10', 'not a time', '2023-13-10T09:00:00.000Z', '2023x01-10T09:00:00.000Z', '2023-02-30T09:00:00.000Z']) {
      expect(isoInstant(text)).toEqual(Date.parse(text));
    }
  });
});
