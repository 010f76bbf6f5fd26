import { jest } from '@jest/globals';
import { adoptionSteps, renderAdoptionStepChart } from './adoption-step-chart.js';
import { VARMLAND_MALBILD_ADOPTIONS } from './varmland.fixture.js';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const malbild = { id: 'lan-17-malbild', planTitle: 'Målbild för nära vård i Värmland', expected: 17, adoptions: VARMLAND_MALBILD_ADOPTIONS };

describe('adoption steps', () => {
  it('counts the Värmland målbild up to 17 of 17 on 16 June 2022, one step per decision day', () => {
    const { certain, possible } = adoptionSteps(VARMLAND_MALBILD_ADOPTIONS);
    expect(certain).toHaveLength(12);
    expect(certain[0]).toMatchObject({ day: '2022-03-28', count: 2 });
    expect(certain[certain.length - 1]).toMatchObject({ day: '2022-06-16', count: 17 });
    expect(possible).toEqual([]);
  });

  it('draws a second, possible curve when a decision is known only to the month', () => {
    const adoptions = [
      { partyName: 'Region Värmland', earliest: '2022-04-01', latest: '2022-04-30' },
      { partyName: 'Arvika kommun', earliest: '2022-03-28', latest: '2022-03-28' },
    ];
    const { certain, possible } = adoptionSteps(adoptions);
    expect(certain.map((s) => [s.day, s.count])).toEqual([['2022-03-28', 1], ['2022-04-30', 2]]);
    expect(possible.map((s) => [s.day, s.count])).toEqual([['2022-03-28', 1], ['2022-04-01', 2]]);
  });
});

describe('renderAdoptionStepChart', () => {
  it('renders an accessible SVG in Swedish that ends at 17 of 17 on 16 June 2022', async () => {
    const onWarning = jest.fn();
    const svg = await renderAdoptionStepChart(malbild, { onWarning });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="lan-17-malbild-title lan-17-malbild-desc">/);
    expect(svg).toContain('<title id="lan-17-malbild-title">Målbild för nära vård i Värmland – antagna parter över tid</title>');
    expect(svg).toContain('17 av 17 parter. Fullt antagen 16 juni 2022.');
    expect(texts(svg)).toEqual(expect.arrayContaining(['17 av 17, 16 juni 2022', 'Samtliga 17 parter', 'Beslutsdag', '1 maj 2022']));
    expect(svg).toContain('class="mark-line role-mark');
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('tells a partly adopted plan apart from a fully adopted one', async () => {
    const svg = await renderAdoptionStepChart({ ...malbild, adoptions: VARMLAND_MALBILD_ADOPTIONS.slice(0, 5) });
    expect(svg).toContain('5 av 17 parter. Senaste antagande 6 april 2022.');
    expect(texts(svg)).toContain('5 av 17, 6 april 2022');
  });

  it('explains the two curves in a legend when some dates are imprecise', async () => {
    const svg = await renderAdoptionStepChart({
      ...malbild,
      adoptions: [...VARMLAND_MALBILD_ADOPTIONS.slice(0, 3), { partyName: 'Region Värmland', earliest: '2022-04-01', latest: '2022-04-30' }],
    });
    expect(texts(svg)).toEqual(expect.arrayContaining(['Antagna (säkert datum)', 'Möjligen antagna (oprecist datum)']));
  });

  it('says so when no party has adopted yet', async () => {
    const svg = await renderAdoptionStepChart({ ...malbild, adoptions: [] });
    expect(svg).toContain('Ingen av 17 parter har antagit planen.');
  });

  it('gives the same SVG for the same input', async () => {
    expect(await renderAdoptionStepChart(malbild)).toBe(await renderAdoptionStepChart(malbild));
  });
});
