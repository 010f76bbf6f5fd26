import { SourceIndex, titledAmong } from './source-index.js';

describe('distinct sources', () => {
  const cited = [
    { title: 'Protokoll KF', publisher: 'Karlstad' },
    { title: 'Beslut RS', url: 'https://example.se/rs' },
    { title: 'Protokoll KF', url: 'https://example.se/kf', publisher: 'Karlstad' },
    { title: 'Protokoll KF', url: null, publisher: 'Karlstads kommun' },
    { title: 'Beslut RS', url: 'https://example.se/rs', publisher: null },
  ];

  it('keeps each title and URL once, in order of first citation, with the last publisher seen', () => {
    const index = SourceIndex.of(cited);
    expect(index.withTitles(new Set(['Protokoll KF', 'Beslut RS']))).toEqual([
      { title: 'Protokoll KF', url: null, publisher: 'Karlstads kommun' },
      { title: 'Beslut RS', url: 'https://example.se/rs', publisher: null },
      { title: 'Protokoll KF', url: 'https://example.se/kf', publisher: 'Karlstad' },
    ]);
    expect(index.size).toBe(3);
    expect(index.titledAmong(new Set(['protokoll kf', 'annat']))).toEqual(new Set(['protokoll kf']));
  });

  it('finds the sources of some titles, every URL of a title, in order of first citation', () => {
    const index = SourceIndex.of([...cited, { title: 'Annat', publisher: 'X' }]);
    expect(index.withTitles(new Set(['Protokoll KF', 'Annat', 'Saknas']))).toEqual([
      { title: 'Protokoll KF', url: null, publisher: 'Karlstads kommun' },
      { title: 'Protokoll KF', url: 'https://example.se/kf', publisher: 'Karlstad' },
      { title: 'Annat', url: null, publisher: 'X' },
    ]);
    expect(index.withTitles(new Set())).toEqual([]);
  });
});

describe('titles looked up by key', () => {
  it('finds a title however it is spaced and capitalised, and passes over others by their first letter', () => {
    const titles = ['SÅ GÅR OMSTÄLLNINGEN', 'Protokoll', '\u00a0tidslinje '];
    expect(titledAmong(new Set(['så går omställningen', 'tidslinje', 'saknas']), titles)).toEqual(new Set(['så går omställningen', 'tidslinje']));
    expect(titledAmong(new Set(['protokoll']), ['Beslut', 'protokoll'])).toEqual(new Set(['protokoll']));
    // The Kelvin sign lower-cases to an ASCII k: a title not starting in ASCII is always read.
    expect(titledAmong(new Set(['kelvin']), ['\u212Aelvin'])).toEqual(new Set(['kelvin']));
  });
});
