import type { DecisionItem } from '../components/decision-list.js';
import type { Progress } from '../components/status.js';

/** One year of an indicator: certain and possible counts at the year's cut-off (31 December). */
export interface IndicatorYearView {
  readonly year: number;
  readonly certain: number;
  readonly possible: number;
  /** Size of the population (21 län); null for a plain count. */
  readonly population: number | null;
}

export interface IndicatorView {
  readonly id: string;
  /** "Län med beslutad länsgemensam målbild". */
  readonly title: string;
  /** Noun for the population in the plural ("län", "regioner", "kommuner"); null for a plain count. */
  readonly populationNoun: string | null;
  readonly latest: IndicatorYearView | null;
  readonly previous: IndicatorYearView | null;
  /** The change from the year before in a Swedish sentence, as the indicator service gives it ("… har mer än fördubblats …"). */
  readonly phrase: string | null;
  readonly years: readonly IndicatorYearView[];
  /** The chart as the reports draw it (inline SVG). */
  readonly chartSvg: string;
}

export interface LanPlanStatus {
  readonly progress: Progress;
  /** "Antagen av 17 av 17 parter", "Saknas". */
  readonly text: string;
  readonly planTitle: string | null;
}

export interface LanStatusRow {
  readonly code: string;
  readonly name: string;
  readonly malbild: LanPlanStatus;
  /** Länsgemensam handlingsplan or färdplan. */
  readonly handlingsplan: LanPlanStatus;
  readonly initiatives: number;
}

export interface DashboardView {
  /** The year the indicator cards show, and the one before it. */
  readonly year: number | null;
  readonly indicators: readonly IndicatorView[];
  readonly lans: readonly LanStatusRow[];
  readonly latest: readonly DecisionItem[];
}
