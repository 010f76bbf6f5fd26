import type { PlanAdoption, TimelineEntry } from './report-input.js';
import { timelineHighlights } from './timeline-highlights.js';
import { timelineLines, varmlandMalbild, varmlandTimeline } from './trend-report.fixture.js';

const highlights = (entries: readonly TimelineEntry[], plans: readonly PlanAdoption[], from: number, to: number) =>
  timelineHighlights(timelineLines(entries, plans, from, to));

describe('timeline highlights per year', () => {
  const plans = [varmlandMalbild()];

  it('gives every year of the range, folding a plan\'s adoptions in a year into one line', () => {
    const years = highlights(varmlandTimeline(), plans, 2020, 2022);
    expect(years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    expect(years[0].highlights).toEqual([]);
    expect(years[1].highlights).toEqual([
      {
        when: '2021',
        text: 'Arbetet med Målbild för god och nära vård, hälsa och omsorg i Värmland inleddes (Värmlands län).',
        sources: ['Omställningen till nära vård'],
      },
    ]);
    expect(years[2].highlights.map((h) => [h.when, h.text])).toEqual([
      ['januari 2022', 'Förslag till Målbild för god och nära vård, hälsa och omsorg i Värmland lades fram av Värmlandsrådet.'],
      [
        '28 mars 2022 – 16 juni 2022',
        'Målbild för god och nära vård, hälsa och omsorg i Värmland antogs av samtliga 17 parter; fullt antagen den 16 juni 2022.',
      ],
    ]);
  });

  it('does not call a plan fully adopted when parties are still missing', () => {
    const firstFive = varmlandTimeline().filter((e) => e.type === 'PlanAdopted').slice(0, 5);
    const [year] = highlights(firstFive, plans, 2022, 2022);
    expect(year.highlights).toEqual([expect.objectContaining({ text: 'Målbild för god och nära vård, hälsa och omsorg i Värmland antogs av 5 av 17 parter.' })]);
  });

  it('folds a publisher\'s figures of one day into one line, and names one date once', () => {
    const figure = (i: number): TimelineEntry => ({
      eventId: `f-${i}`,
      type: 'FigurePublished',
      decidedOn: { edtf: '2023-06-13', earliest: '2023-06-13', latest: '2023-06-13', precision: 'day' },
      subject: `indikator ${i} 2022`,
      actor: 'SKR',
      aggregateId: `indikator-${i}`,
      source: null,
    });
    const [year] = highlights([figure(1), figure(2), figure(3)], plans, 2023, 2023);
    expect(year.highlights).toEqual([
      { when: '13 juni 2023', text: 'SKR publicerade 3 siffror; de ställs mot liggaren under Avstämning mot publicerade siffror.', sources: [] },
    ]);
    const [one] = highlights([figure(1)], plans, 2023, 2023);
    expect(one.highlights[0].text).toBe('SKR publicerade siffror för indikator 1 2022.');
    const spring = { edtf: '2022-21', earliest: '2022-03-01', latest: '2022-05-31', precision: 'season' as const };
    const both = varmlandTimeline().filter((e) => e.type === 'PlanAdopted').slice(0, 2).map((e) => ({ ...e, decidedOn: spring }));
    expect(highlights(both, plans, 2022, 2022)[0].highlights[0].when).toBe('våren 2022');
  });

  it('keeps the weightiest twenty lines of a crowded year and counts the rest', () => {
    const starts: TimelineEntry[] = Array.from({ length: 25 }, (_, i) => ({
      eventId: `s-${i}`,
      type: 'InitiativeRegistered',
      decidedOn: { edtf: '2022-02-01', earliest: '2022-02-01', latest: '2022-02-01', precision: 'day' },
      subject: `Insats ${i}`,
      actor: null,
      aggregateId: `i-${i}`,
      source: null,
    }));
    const decided = starts.map((e) => ({ ...e, type: 'InitiativeDecided' as const }));
    const [year] = highlights([...decided, ...varmlandTimeline()], plans, 2022, 2022);
    expect(year.highlights).toHaveLength(20);
    expect(year.more).toBe(7);
    expect(year.highlights.some((h) => h.text.includes('samtliga 17 parter'))).toBe(true);
  });
});
