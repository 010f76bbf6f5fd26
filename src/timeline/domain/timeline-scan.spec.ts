import fc from 'fast-check';
import { dayDate, dayNumber } from '../../projections/domain/day-dates.js';
import { lanOf } from '../../projections/testing/actors.js';
import { crowdedLedger, ledgerStep } from '../../reports/testing/crowded-ledger.js';
import { timelineProjection } from './timeline-projection.js';
import { queryTimeline, type TimelineCursor } from './timeline-query.js';
import { scanFirstDays, scanTimeline, startOfDay, type TimelineScan } from './timeline-scan.js';
import type { DayDate } from '../../projections/domain/day-dates.js';
import type { TimelineEntry, TimelineState } from './timeline-state.js';

const projection = timelineProjection(lanOf);

/** Every page of a query, as a reader pages through it. */
function paged(state: TimelineState, query: TimelineScan): string[] {
  const seen: string[] = [];
  let cursor: TimelineCursor | null = null;
  do {
    const page = queryTimeline(state, { ...query, cursor, limit: 7 }, lanOf);
    seen.push(...page.items.map((item) => `${item.eventId} ${item.date.edtf}`));
    const [key, position] = (page.nextCursor ?? '').split(':').map(Number);
    cursor = page.nextCursor ? { key, position } : null;
  } while (cursor);
  return seen;
}

function scanned(state: TimelineState, query: TimelineScan): string[] {
  const seen: string[] = [];
  scanTimeline(state, query, lanOf, (entry, date) => seen.push(`${entry.eventId} ${date.edtf}`));
  return seen;
}

const QUERIES: TimelineScan[] = [
  {},
  { from: dayDate('2021')!, to: dayDate('2022')! },
  { lan: 'lan:17', from: dayDate('2022-03')!, to: dayDate('2022-06')! },
  { lan: 'lan:12' },
  { kind: 'mobilt_team', from: dayDate('2022')! },
  { actor: 'region:03', to: dayDate('2021-24')! },
];

describe('a scan of the timeline', () => {
  it('visits what paging through the query lists, in the same order and with the same dates, now and at earlier record times', () => {
    fc.assert(
      fc.property(fc.array(ledgerStep, { minLength: 60, maxLength: 200 }), (steps) => {
        const { delivered, asOfs } = crowdedLedger(steps);
        const state = delivered.reduce(projection.apply, projection.initialState());
        for (const query of QUERIES) for (const asOf of [null, ...asOfs.slice(-2)]) expect(scanned(state, { ...query, asOf })).toEqual(paged(state, { ...query, asOf }));
      }),
      { numRuns: 60 },
    );
  });

  it('in slices of first days, visits the entries that start in them, in timeline order', () => {
    fc.assert(
      fc.property(fc.array(ledgerStep, { minLength: 60, maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (steps, width) => {
        const state = crowdedLedger(steps).delivered.reduce(projection.apply, projection.initialState());
        for (const lan of [undefined, 'lan:17']) {
          const sliced: string[] = [];
          for (let day = dayNumber('2020-01-01'); day <= dayNumber('2023-12-31'); day += width) {
            scanFirstDays(state, { lan }, startOfDay(day), Math.min(day + width - 1, dayNumber('2023-12-31')), lanOf, (entry, date) => sliced.push(`${entry.eventId} ${date.edtf}`));
          }
          const starting = scanned(state, { lan, from: dayDate('2020')!, to: dayDate('2023')! }).filter((line) => {
            const earliest = dayDate(line.split(' ')[1])!.earliestDay;
            return earliest >= dayNumber('2020-01-01') && earliest <= dayNumber('2023-12-31');
          });
          expect(sliced).toEqual(starting);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('in parts of a few entries each, resumed where the last stopped, visits what one pass over the same days visits', () => {
    fc.assert(
      fc.property(fc.array(ledgerStep, { minLength: 60, maxLength: 200 }), fc.integer({ min: 1, max: 7 }), (steps, limit) => {
        const state = crowdedLedger(steps).delivered.reduce(projection.apply, projection.initialState());
        const [first, last] = [dayNumber('2020-01-01'), dayNumber('2023-12-31')];
        for (const lan of [undefined, 'lan:17']) {
          const line = (into: string[]) => (entry: TimelineEntry, date: DayDate) => into.push(`${entry.eventId} ${date.edtf}`);
          const whole: string[] = [];
          expect(scanFirstDays(state, { lan }, startOfDay(first), last, lanOf, line(whole))).toBeNull();
          const parts: string[] = [];
          let count = 0;
          for (let at = scanFirstDays(state, { lan }, startOfDay(first), last, lanOf, line(parts), limit); at !== null; at = scanFirstDays(state, { lan }, at, last, lanOf, line(parts), limit)) count += 1;
          expect(parts).toEqual(whole);
          expect(count).toBeGreaterThanOrEqual(Math.floor(whole.length / limit) - 1);
        }
      }),
      { numRuns: 40 },
    );
  });
});
