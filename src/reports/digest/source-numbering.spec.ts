import { ledgerProjection } from '../../projections/domain/ledger-projection.js';
import { lanOf } from '../../projections/testing/actors.js';
import { LedgerBuilder } from '../../projections/testing/ledger-builder.js';
import { SourceNumbering } from './source-numbering.js';

const projection = ledgerProjection(lanOf);
const minutes = { title: 'Protokoll regionstyrelsen 2022-03-14', url: 'https://example.se/p1', publisher: 'Region Värmland' };

function entriesCiting(...sources: { title: string; url?: string; publisher?: string }[]) {
  const ledger = new LedgerBuilder();
  sources.forEach((source, i) => ledger.citing({ ...source }).plan(`plan-${i}`, { kind: 'malbild', scope: 'lan', lan: 'lan:17', parties: ['region:17'] }));
  return ledger.events.reduce(projection.apply, projection.initialState()).timeline.entries;
}

describe('the source numbering', () => {
  it('numbers a source by its title and URL, and gives the records citing an equal one a single object', () => {
    const entries = entriesCiting(minutes, { title: 'Något annat' }, minutes, { ...minutes, publisher: 'Region Örebro län' });
    expect(entries[0].source).not.toBe(entries[2].source);
    const numbering = new SourceNumbering();
    const numbers = entries.map((entry) => numbering.numberOf(entry));
    expect(numbers).toEqual([0, 1, 0, 0]);
    expect(numbering.count).toBe(2);
    expect(entries[2].source).toBe(entries[0].source);
    expect(entries[3].source).not.toBe(entries[0].source);
    expect(entries.map((entry) => entry.source)).toEqual([minutes, { title: 'Något annat' }, minutes, { ...minutes, publisher: 'Region Örebro län' }]);
  });
});
