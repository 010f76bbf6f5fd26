import { NATIONAL_INDICATORS } from './trend-report.fixture.js';
import { changeSentence, changeVerb, largestChangePerIndicator, yearOverYearChanges } from './change-sentences.js';

const handlingsplan = NATIONAL_INDICATORS[1];
const year = (y: number) => handlingsplan.years.find((entry) => entry.year === y)!;

describe('change sentences in Swedish', () => {
  it.each([
    [6, 13, 'har mer än fördubblats'],
    [6, 12, 'har fördubblats'],
    [3, 9, 'har tredubblats'],
    [2, 9, 'har mer än tredubblats'],
    [0, 4, 'har ökat'],
    [6, 8, 'har ökat'],
    [8, 8, 'är oförändrat'],
    [8, 6, 'har minskat'],
    [8, 4, 'har halverats'],
    [9, 4, 'har mer än halverats'],
    [3, 0, 'har minskat'],
  ])('%i → %i %s, in the indicators\' words', (before, after, verb) => {
    expect(changeVerb(before, after)).toBe(verb);
  });

  it('says that the number of län with a handlingsplan doubled, with the shares of all län', () => {
    expect(changeSentence(handlingsplan, year(2021), year(2022))).toBe(
      'Antalet län med beslutad länsgemensam handlingsplan eller färdplan har mer än fördubblats från 6 (2021) till 13 (2022), från 29\u00a0% till 62\u00a0% av länen.',
    );
  });

  it('adds the possible count when imprecise dates make the count a range', () => {
    const malbild = NATIONAL_INDICATORS[0];
    const [y2020, y2021] = [2020, 2021].map((y) => malbild.years.find((entry) => entry.year === y)!);
    expect(changeSentence(malbild, y2020, y2021)).toBe(
      'Antalet län med beslutad länsgemensam målbild har ökat från 8 (2020) till 15 (2021), från 38\u00a0% till 71\u00a0% av länen. ' +
        'Räknas beslut med oprecisa datum in kan antalet vara upp till 16 (2021).',
    );
  });

  it('leaves out the share for a plain count', () => {
    const teams = NATIONAL_INDICATORS[3];
    const [a, b] = [2021, 2022].map((y) => teams.years.find((entry) => entry.year === y)!);
    expect(changeSentence(teams, a, b)).toBe('Antalet mobila team som startade under året har ökat från 4 (2021) till 7 (2022).');
  });
});

describe('ranking the changes', () => {
  it('puts shares of a population before plain counts, the largest share change first and the later of equals', () => {
    const changes = yearOverYearChanges(NATIONAL_INDICATORS, 2019, 2023);
    expect(changes.slice(0, 2)).toMatchObject([
      { indicatorId: 'lan-med-handlingsplan', fromYear: 2021, toYear: 2022 },
      { indicatorId: 'lan-med-malbild', fromYear: 2020, toYear: 2021 },
    ]);
    expect(changes.findIndex((c) => c.indicatorId === 'mobila-team-startade')).toBeGreaterThan(
      changes.map((c) => c.ofPopulation).lastIndexOf(true),
    );
  });

  it('stays within the range and leaves out years without change', () => {
    const changes = yearOverYearChanges(NATIONAL_INDICATORS, 2021, 2023);
    expect(changes.every((c) => c.fromYear >= 2021 && c.toYear <= 2023)).toBe(true);
    expect(changes.some((c) => c.indicatorId === 'lan-med-malbild' && c.toYear === 2023)).toBe(false);
  });

  it('keeps one change per indicator for the summary', () => {
    const ids = largestChangePerIndicator(NATIONAL_INDICATORS, 2019, 2023).map((c) => `${c.indicatorId} ${c.toYear}`);
    expect(ids).toEqual(['lan-med-handlingsplan 2022', 'lan-med-malbild 2021', 'regioner-med-program:halsosamtal 2023', 'mobila-team-startade 2021']);
  });
});
