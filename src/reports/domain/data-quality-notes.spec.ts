import { dataQualityNotes } from './data-quality-notes.js';

describe('data-quality notes', () => {
  it('counts imprecise dates by precision, the undated facts left out and the sources without URL', () => {
    expect(dataQualityNotes({ events: 430, decisions: 412, imprecise: { month: 20, season: 9, year: 8 }, withoutSourceUrl: 5, undatedLeftOut: 14 })).toEqual([
      'Av 412 beslut i rapportens omfång har 37 ett oprecist datum: 20 med bara månad, 9 med bara årstid och 8 med bara år. ' +
        'Sådana datum avrundas aldrig till en dag; antal vid ett årsskifte som de kan hamna på båda sidor om redovisas som spann från säkert till möjligt.',
      '14 uppgifter i den publika datamängden saknar beslutsdatum i källan och ingår därför inte i rapporten (se DATA-QUALITY.md).',
      '5 av 430 händelser i rapportens omfång har en källa utan webbadress; källans titel och utgivare anges ändå.',
    ]);
  });

  it('names only the precisions that occur, in the singular where it is one', () => {
    const [imprecise, , sources] = dataQualityNotes({ events: 1, decisions: 1, imprecise: { season: 1 }, withoutSourceUrl: 1, undatedLeftOut: 0 });
    expect(imprecise).toMatch(/^Av 1 beslut i rapportens omfång har 1 ett oprecist datum: 1 med bara årstid\. /);
    expect(sources).toBe('Händelsen i rapportens omfång har en källa utan webbadress; källans titel och utgivare anges ändå.');
  });

  it('leaves the dataset note out when the scope does not cover the dataset, and says when every date is exact', () => {
    expect(dataQualityNotes({ events: 17, decisions: 17, imprecise: {}, withoutSourceUrl: 0, undatedLeftOut: null })).toEqual([
      'Alla 17 beslut i rapportens omfång har ett exakt beslutsdatum.',
      'Alla händelser i rapportens omfång har en källa med webbadress.',
    ]);
  });

  it('says when no source in scope has a URL', () => {
    expect(dataQualityNotes({ events: 104, decisions: 83, imprecise: {}, withoutSourceUrl: 104, undatedLeftOut: null })[1]).toBe(
      'Ingen av de 104 händelserna i rapportens omfång har en källa med webbadress; källans titel och utgivare anges ändå.',
    );
  });

  it('speaks of a single decision in the singular', () => {
    expect(dataQualityNotes({ events: 1, decisions: 1, imprecise: {}, withoutSourceUrl: 0, undatedLeftOut: null })[0]).toBe(
      'Beslutet i rapportens omfång har ett exakt beslutsdatum.',
    );
  });

  it('says so when there is nothing in scope', () => {
    expect(dataQualityNotes({ events: 0, decisions: 0, imprecise: {}, withoutSourceUrl: 0, undatedLeftOut: null })[0]).toBe(
      'Rapportens omfång innehåller inga beslut under perioden.',
    );
  });
});
