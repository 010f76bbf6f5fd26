import { readFileSync } from 'node:fs';
import { parseDecisionDate } from '../ledger/domain/decision-date.js';
import { DATASET_DIR, readDatasetLines } from './dataset-files.js';

/** data-quality.json is cited by the trend report: its counts must agree with its own items and with the files. */

interface DataQuality {
  readonly undatedFactsLeftOut: number;
  readonly bySource: Record<string, number>;
  readonly leftOutByReason: Record<string, number>;
  readonly leftOutTotal: number;
  readonly reasons: Record<string, string>;
  readonly decisionDatePrecision: Record<string, number>;
  readonly items: readonly { source: string; reason: string; fact: string }[];
}

const quality = JSON.parse(readFileSync(new URL('data-quality.json', DATASET_DIR), 'utf8')) as DataQuality;
const UNDATED = ['odaterad', 'ar-saknas'];

describe('data-quality.json', () => {
  it('counts the undated facts left out, per source and in total, from its items', () => {
    const undated = quality.items.filter((item) => UNDATED.includes(item.reason));
    expect(undated.length).toBeGreaterThan(0);
    expect(quality.undatedFactsLeftOut).toBe(undated.length);
    for (const [source, count] of Object.entries(quality.bySource)) {
      expect([source, undated.filter((item) => item.source === source).length]).toEqual([source, count]);
    }
    expect(quality.leftOutTotal).toBe(quality.items.length);
  });

  it('gives every item a known source, a known reason and a description', () => {
    const bad = quality.items.filter((item) =>
      !(item.source in quality.bySource) || !(item.reason in quality.reasons) || item.fact.trim() === '');
    expect(bad).toEqual([]);
    const byReason: Record<string, number> = {};
    for (const item of quality.items) byReason[item.reason] = (byReason[item.reason] ?? 0) + 1;
    expect(byReason).toEqual(quality.leftOutByReason);
  });

  it('states the precision of the decision dates the files hold', () => {
    const names = { day: 'dag', month: 'månad', season: 'årstid', year: 'år' } as const;
    const counted: Record<string, number> = {};
    for (const { text } of readDatasetLines()) {
      const { command, data } = JSON.parse(text) as { command: string; data: Record<string, unknown> };
      if (command === 'PublishFigure') continue;
      for (const value of [data.initiatedOn, data.decidedOn].filter((d) => d !== undefined)) {
        const date = parseDecisionDate(value);
        const name = date.approximate ? 'osäker' : names[date.precision];
        counted[name] = (counted[name] ?? 0) + 1;
      }
    }
    expect(counted).toEqual(quality.decisionDatePrecision);
  });
});
