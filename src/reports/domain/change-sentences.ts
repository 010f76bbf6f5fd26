import { describeChange } from '../../indicators/domain/change-phrase.js';
import type { IndicatorSeries, IndicatorYear } from './report-input.js';
import { formatCount, formatShare, lowerFirst, POPULATION_NOUNS } from './swedish.js';

/** A change of one indicator from one year to the next, with its weight for ranking. */
export interface YearOverYearChange {
  readonly indicatorId: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly before: number;
  readonly after: number;
  /** Change relative to the population (share points) or, for plain counts, to the larger of the two values. */
  readonly magnitude: number;
  /** Shares of a population rank before plain counts: they say how much of the country moved. */
  readonly ofPopulation: boolean;
  readonly sentence: string;
}

/** The verb phrase for a change, in the indicators' own words and thresholds: "har mer än fördubblats", "är oförändrat". */
export function changeVerb(before: number, after: number): string {
  const { phrase, moreThan } = describeChange(before, after);
  return phrase === 'oförändrat' ? 'är oförändrat' : `har ${moreThan ? 'mer än ' : ''}${phrase}`;
}

function shareClause(series: IndicatorSeries, a: IndicatorYear, b: IndicatorYear): string {
  if (!series.population || !a.population || !b.population) return '';
  const all = POPULATION_NOUNS[series.population].definite;
  return `, från ${formatShare(a.certain / a.population)} till ${formatShare(b.certain / b.population)} av ${all}`;
}

function rangeClause(a: IndicatorYear, b: IndicatorYear): string {
  const uncertain = [a, b].filter((y) => y.possible !== y.certain);
  if (uncertain.length === 0) return '';
  const parts = uncertain.map((y) => `${formatCount(y.possible)} (${y.year})`);
  return ` Räknas beslut med oprecisa datum in kan antalet vara upp till ${parts.join(' respektive ')}.`;
}

/** "Antalet län med … har fördubblats från 6 (2021) till 13 (2022), från 29 % till 62 % av länen." */
export function changeSentence(series: IndicatorSeries, a: IndicatorYear, b: IndicatorYear): string {
  const subject = `Antalet ${lowerFirst(series.title)}`;
  const verb = changeVerb(a.certain, b.certain);
  const numbers =
    a.certain === b.certain
      ? `, ${formatCount(b.certain)} både ${a.year} och ${b.year}`
      : ` från ${formatCount(a.certain)} (${a.year}) till ${formatCount(b.certain)} (${b.year})`;
  return `${subject} ${verb}${numbers}${shareClause(series, a, b)}.${rangeClause(a, b)}`;
}

/** Every change between consecutive years within the range: shares before counts, largest first; ties go to the larger step, then the later year. */
export function yearOverYearChanges(indicators: readonly IndicatorSeries[], from: number, to: number): YearOverYearChange[] {
  const changes: YearOverYearChange[] = [];
  for (const series of indicators) {
    const byYear = new Map(series.years.map((y) => [y.year, y]));
    for (let year = from + 1; year <= to; year++) {
      const a = byYear.get(year - 1);
      const b = byYear.get(year);
      if (!a || !b || a.certain === b.certain) continue;
      const ofPopulation = Boolean(series.population && b.population);
      const base = ofPopulation ? (b.population as number) : Math.max(a.certain, b.certain, 1);
      changes.push({
        indicatorId: series.id,
        fromYear: a.year,
        toYear: b.year,
        before: a.certain,
        after: b.certain,
        magnitude: Math.abs(b.certain - a.certain) / base,
        ofPopulation,
        sentence: changeSentence(series, a, b),
      });
    }
  }
  return changes.sort(
    (x, y) =>
      Number(y.ofPopulation) - Number(x.ofPopulation) ||
      y.magnitude - x.magnitude ||
      Math.abs(y.after - y.before) - Math.abs(x.after - x.before) ||
      y.toYear - x.toYear ||
      x.indicatorId.localeCompare(y.indicatorId),
  );
}

/** Each indicator's largest change, the largest of them first, so one indicator cannot fill the summary. */
export function largestChangePerIndicator(indicators: readonly IndicatorSeries[], from: number, to: number): YearOverYearChange[] {
  const seen = new Set<string>();
  return yearOverYearChanges(indicators, from, to).filter((change) => {
    if (seen.has(change.indicatorId)) return false;
    seen.add(change.indicatorId);
    return true;
  });
}
