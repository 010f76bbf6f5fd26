import { describeChange, type ChangePhrase } from './change-phrase.js';
import { countPhrase, type IndicatorDefinition } from './indicator-registry.js';
import type { YearValue } from './evaluate.js';

/** This year against last year, with the change in numbers and in words. */
export interface YearOverYear {
  readonly indicatorId: string;
  readonly title: string;
  readonly unit: string;
  readonly year: number;
  readonly previousYear: number;
  readonly current: YearValue;
  readonly previous: YearValue;
  readonly delta: number;
  /** current / previous, two decimals; null when last year was zero. */
  readonly ratio: number | null;
  readonly phrase: ChangePhrase;
  /** A Swedish sentence for reports: "Antalet län … har mer än fördubblats från 2021 till 2022, från 6 till 13 län." */
  readonly sentence: string;
}

export function yearOverYear(indicator: IndicatorDefinition, previous: YearValue, current: YearValue): YearOverYear {
  const change = describeChange(previous.value, current.value);
  const ratio = previous.value === 0 ? null : Math.round((current.value / previous.value) * 100) / 100;
  return {
    indicatorId: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    year: current.year,
    previousYear: previous.year,
    current,
    previous,
    delta: current.value - previous.value,
    ratio,
    phrase: change.phrase,
    sentence: sentence(indicator, previous, current, change.phrase, change.moreThan),
  };
}

function sentence(indicator: IndicatorDefinition, previous: YearValue, current: YearValue, phrase: ChangePhrase, moreThan: boolean): string {
  const subject = countPhrase(indicator);
  const main =
    phrase === 'oförändrat'
      ? `${subject} är oförändrat från ${previous.year} till ${current.year}: ${current.value} ${indicator.unit}.`
      : `${subject} har ${moreThan ? 'mer än ' : ''}${phrase} från ${previous.year} till ${current.year}, från ${previous.value} till ${current.value} ${indicator.unit}.`;
  const uncertain = [previous, current]
    .filter((y) => y.range.possible !== y.range.certain)
    .map((y) => `${y.year} kan vara upp till ${y.range.possible}`);
  return uncertain.length > 0 ? `${main} Med osäkra datum: ${uncertain.join(', ')}.` : main;
}
