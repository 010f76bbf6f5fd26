import fc from 'fast-check';
import { EntryColumns } from './entry-columns.js';

describe('the columns of the timeline entries', () => {
  it('gives back every id and record time as written, past the first capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.uuid(), fc.string()), fc.double({ noNaN: true })), { minLength: 1, maxLength: 3000 }), (rows) => {
        const columns = new EntryColumns();
        rows.forEach(([id, time], at) => columns.set(at, id, time));
        rows.forEach(([id, time], at) => {
          expect(columns.idAt(at)).toBe(id);
          expect(columns.timeAt(at)).toBe(time);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('keeps ids that only look like a UUID as they came', () => {
    const columns = new EntryColumns();
    const ids = ['0000F384-0DB1-427E-A129-7E1CECCC6B82', '0000f384-0db1-427e-a129-7e1ceccc6b8g', '0000f3840-db1-427e-a129-7e1ceccc6b82', '0000f384-0db1-427e-a129-7e1ceccc6b8\u00e1', 'e1'];
    ids.forEach((id, at) => columns.set(at, id, at));
    expect(ids.map((_, at) => columns.idAt(at))).toEqual(ids);
  });
});
