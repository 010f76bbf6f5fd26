import { SourceIndex } from './source-index.js';

describe('distinct sources', () => {
  it('keeps each title and URL once, in order of first citation, with the last publisher seen', () => {
    const index = new SourceIndex();
    index.add('Protokoll KF', null, 'Karlstad');
    index.add('Beslut RS', 'https://example.se/rs', null);
    index.add('Protokoll KF', 'https://example.se/kf', 'Karlstad');
    index.add('Protokoll KF', null, 'Karlstads kommun');
    index.add('Beslut RS', 'https://example.se/rs', null);
    expect(index.list()).toEqual([
      { title: 'Protokoll KF', url: null, publisher: 'Karlstads kommun' },
      { title: 'Beslut RS', url: 'https://example.se/rs', publisher: null },
      { title: 'Protokoll KF', url: 'https://example.se/kf', publisher: 'Karlstad' },
    ]);
    expect(index.size).toBe(3);
  });

  it('hands back one shared object for repeated citations of a source', () => {
    const index = new SourceIndex();
    const first = index.add('Protokoll KF', null, null);
    expect(index.add('Protokoll KF', null, null)).toBe(first);
  });
});
