import { readFileSync } from 'node:fs';
import { buildActorRegistry } from './actor-registry.js';
import { parseKommunCsv, parseLanCsv } from './reference-csv.js';

const lanCsv = readFileSync(new URL('../reference/lan.csv', import.meta.url), 'utf8');
const kommunCsv = readFileSync(new URL('../reference/kommuner.csv', import.meta.url), 'utf8');
const actors = buildActorRegistry(parseLanCsv(lanCsv), parseKommunCsv(kommunCsv));

describe('the actors of the reference data', () => {
  it('has the 21 län, 21 regions, 290 kommuner and 3 national bodies', () => {
    expect(actors.list({ kind: 'lan' })).toHaveLength(21);
    expect(actors.list({ kind: 'region' })).toHaveLength(21);
    expect(actors.list({ kind: 'kommun' })).toHaveLength(290);
    expect(actors.list({ kind: 'national' }).map((a) => a.id)).toEqual([
      'national:skr',
      'national:socialstyrelsen',
      'national:regeringen',
    ]);
  });

  it.each([
    ['kommun:1784', 'Arvika kommun'],
    ['kommun:1715', 'Kils kommun'],
    ['kommun:1782', 'Filipstads kommun'],
    ['kommun:1783', 'Hagfors kommun'],
    ['kommun:2514', 'Kalix kommun'],
    ['kommun:2513', 'Överkalix kommun'],
    ['kommun:0880', 'Kalmar kommun'],
    ['kommun:2080', 'Falu kommun'],
    ['kommun:0980', 'Region Gotland'],
    ['region:17', 'Region Värmland'],
    ['region:04', 'Region Sörmland'],
    ['region:14', 'Västra Götalandsregionen'],
    ['region:23', 'Region Jämtland Härjedalen'],
    ['lan:17', 'Värmlands län'],
    ['lan:08', 'Kalmar län'],
    ['lan:20', 'Dalarnas län'],
    ['lan:03', 'Uppsala län'],
  ])('names %s "%s"', (id, name) => {
    expect(actors.get(id)?.name).toBe(name);
  });

  it('names every län as SCB does', () => {
    const scbNames = lanCsv.trim().split('\n').slice(1).map((line) => line.split(',')[1]);
    expect(actors.list({ kind: 'lan' }).map((a) => a.name)).toEqual(scbNames);
  });

  it('gives a länsgemensam plan in Värmland the region and its 16 kommuner as parties', () => {
    const parties = actors.defaultParties('lan:17');
    expect(parties).toHaveLength(17);
    expect(parties[0]).toBe('region:17');
    expect(parties).toContain('kommun:1784');
  });

  it('counts Gotland once: the region is also the kommun', () => {
    expect(actors.defaultParties('lan:09')).toEqual(['region:09']);
    expect(actors.get('kommun:0980')?.sameBodyAs).toBe('region:09');
  });

  it('lets a län scope cover its region and kommuner, and nothing outside', () => {
    expect(actors.covers('lan:17', 'region:17')).toBe(true);
    expect(actors.covers('lan:17', 'kommun:1784')).toBe(true);
    expect(actors.covers('lan:17', 'lan:17')).toBe(true);
    expect(actors.covers('lan:17', 'kommun:0180')).toBe(false);
    expect(actors.covers('region:17', 'kommun:1784')).toBe(false);
    expect(actors.covers('kommun:1784', 'kommun:1784')).toBe(true);
    expect(actors.covers('region:09', 'kommun:0980')).toBe(true);
    expect(actors.covers('national:skr', 'national:socialstyrelsen')).toBe(false);
  });

  it('refuses a reference file with an unexpected header', () => {
    expect(() => parseLanCsv('code,name\n01,Stockholm')).toThrow(/expected header/);
  });
});
