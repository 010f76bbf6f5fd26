import { jest } from '@jest/globals';
import { renderLineChart, type LineChartInput } from './line-chart.js';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const markGroups = (svg: string, mark: string) => svg.split(`class="mark-${mark} role-mark`).length - 1;

const indicators: LineChartInput = {
  id: 'national-shares',
  title: 'Andel län 2019–2023',
  unit: 'share',
  yTitle: 'Andel av länen',
  years: [2019, 2020, 2021, 2022, 2023],
  series: [
    {
      id: 'lan-malbild',
      label: 'Län med beslutad länsgemensam målbild',
      points: [
        { year: 2021, value: 16 / 21 },
        { year: 2022, value: 20 / 21 },
      ],
    },
    {
      id: 'lan-handlingsplan',
      label: 'Län med beslutad länsgemensam handlingsplan eller färdplan',
      points: [
        { year: 2021, value: 6 / 21 },
        { year: 2022, value: 13 / 21, low: 13 / 21, high: 14 / 21 },
      ],
    },
  ],
};

describe('renderLineChart', () => {
  it('draws a line per indicator with Swedish percent labels and a legend naming each indicator', async () => {
    const onWarning = jest.fn();
    const svg = await renderLineChart(indicators, { onWarning });
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining(['2019', '2023', '0\u00a0%', '100\u00a0%', 'År', 'Andel av länen', 'Län med beslutad länsgemensam målbild']),
    );
    expect(labels).toContain('Län med beslutad länsgemensam handlingsplan eller färdplan');
    expect(markGroups(svg, 'line')).toBe(2);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('draws the certain..possible range as a bar only where it is a range, and says what the bars mean', async () => {
    const svg = await renderLineChart(indicators);
    const ruleGroup = svg.slice(svg.indexOf('class="mark-rule role-mark'));
    expect(ruleGroup.slice(0, ruleGroup.indexOf('</g>')).match(/<line /g)).toHaveLength(1);
    expect(texts(svg)).toContain('Lodräta streck visar spannet från säkert till möjligt värde när beslutsdatum är oprecisa.');
  });

  it('ends the percent axis at the first of 10, 25, 50 or 100 % above the values, always from zero', async () => {
    const small = await renderLineChart({ ...indicators, series: [{ id: 's', label: 'Liten andel', points: [{ year: 2022, value: 0.05 }, { year: 2023, value: 0.1 }] }] });
    expect(texts(small)).toEqual(expect.arrayContaining(['0\u00a0%', '10\u00a0%']));
    expect(texts(small)).not.toContain('20\u00a0%');
    const ranged = await renderLineChart({ ...indicators, series: [{ id: 'r', label: 'Spann', points: [{ year: 2022, value: 0.2, low: 0.2, high: 0.3 }] }] });
    expect(texts(ranged)).toContain('50\u00a0%');
  });

  it('leaves the range note out when every value is certain', async () => {
    const svg = await renderLineChart({ ...indicators, series: indicators.series.slice(0, 1) });
    expect(svg).not.toContain('Lodräta streck');
  });

  it('labels counts as whole numbers', async () => {
    const svg = await renderLineChart({
      id: 'teams',
      title: 'Mobila team',
      unit: 'count',
      yTitle: 'Antal team',
      years: [2021, 2022],
      series: [{ id: 'mobila-team', label: 'Mobila team startade', points: [{ year: 2021, value: 2 }, { year: 2022, value: 5 }] }],
    });
    expect(texts(svg)).toEqual(expect.arrayContaining(['0', '5', 'Antal team']));
    expect(texts(svg).some((t) => /[.,]\d/.test(t))).toBe(false);
  });

  it('is accessible: role img, title and description', async () => {
    const svg = await renderLineChart(indicators);
    expect(svg).toMatch(/^<svg [^>]*id="national-shares" role="img" aria-labelledby="national-shares-title national-shares-desc">/);
    expect(svg).toContain('<title id="national-shares-title">Andel län 2019–2023</title>');
    expect(svg).toContain('<desc id="national-shares-desc">Linjediagram med 2 linjer, en per indikator, för åren 2019–2023: ');
  });

  it('is deterministic, and its clip ids carry the chart id so two charts on one page never collide', async () => {
    const first = await renderLineChart(indicators);
    const other = await renderLineChart({ ...indicators, id: 'lan-17-shares' });
    expect(await renderLineChart(indicators)).toBe(first);
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(first).every((id) => id.startsWith('national-shares'))).toBe(true);
    expect(ids(other).filter((id) => ids(first).includes(id))).toEqual([]);
  });
});
