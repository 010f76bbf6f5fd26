import type { Source } from '../../ledger/domain/vocabulary.js';
import { dateView, dayDate, type DateView } from '../../projections/domain/day-dates.js';
import { correctionsAt, viewAt, type AsOf } from '../../projections/domain/versioned.js';
import { YEAR_END, type MonthDay } from '../../indicators/domain/cutoff.js';
import { evaluateSeries, type IndicatorContext, type YearValue } from '../../indicators/domain/evaluate.js';
import { indicatorOrThrow } from '../../indicators/domain/indicator-query.js';
import type { FiguresState } from './figures-projection.js';
import type { FigureData } from '../../projections/domain/compact-data.js';

/**
 * How a published figure is compared: as a count, or as a share in percent
 * when only a share was published. `basis` says why.
 */
export type ComparedAs = 'count' | 'share_percent';
export type ComparisonBasis =
  | 'numerator'
  | 'share-with-denominator'
  | 'no-population'
  | 'value-exceeds-population'
  | 'fractional-value'
  | 'whole-number-within-population';

export interface PublishedFigure {
  readonly eventId: string;
  readonly figureId: string;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly publisher: string;
  readonly publishedOn: DateView | null;
  readonly note: string | null;
  readonly source: Source;
  readonly corrected: boolean;
}

export interface ReconciliationRow {
  readonly year: number;
  readonly figure: PublishedFigure;
  readonly derived: YearValue;
  readonly comparedAs: ComparedAs;
  readonly basis: ComparisonBasis;
  /** The published number compared: the numerator, or the value. */
  readonly published: number;
  /** The derived number in the same unit (a percent has one decimal). */
  readonly derivedValue: number;
  /** derivedValue − published. */
  readonly difference: number;
  /** Whether the published number lies within what imprecise dates allow (certain..possible). */
  readonly withinRange: boolean;
  /** One Swedish sentence saying what was compared with what. */
  readonly explanation: string;
}

export interface Reconciliation {
  readonly indicatorId: string;
  readonly title: string;
  readonly rows: readonly ReconciliationRow[];
}

const percent = (count: number, population: number) => Math.round((count / population) * 1000) / 10;
const sv = (n: number) => String(n).replace('.', ',');

/** How a figure is read beside an indicator whose population has `population` members (null: a plain count). */
export function comparison(figure: FigureData, population: number | null): { comparedAs: ComparedAs; basis: ComparisonBasis } {
  if (figure.numerator !== null) return { comparedAs: 'count', basis: 'numerator' };
  if (figure.denominator !== null) return { comparedAs: 'share_percent', basis: 'share-with-denominator' };
  if (population === null) return { comparedAs: 'count', basis: 'no-population' };
  if (figure.value > population) return { comparedAs: 'share_percent', basis: 'value-exceeds-population' };
  if (!Number.isInteger(figure.value)) return { comparedAs: 'share_percent', basis: 'fractional-value' };
  return { comparedAs: 'count', basis: 'whole-number-within-population' };
}

/** A figure published for an indicator, as the ledger knew it. */
export interface Published {
  readonly figure: PublishedFigure;
  readonly data: FigureData;
  readonly position: number;
}

/** The indicator's published figures as the ledger knew them at `asOf`, by year, then in log order. */
export function publishedFor(figures: FiguresState, indicatorId: string, asOf: AsOf): Published[] {
  const published: Published[] = [];
  for (const records of figures.streams.values()) {
    for (const record of records) {
      const data = viewAt(record, asOf);
      if (!data || data.indicatorId !== indicatorId) continue;
      const date = dayDate(data.decidedOn);
      published.push({
        position: record.position,
        data,
        figure: {
          eventId: record.eventId,
          figureId: data.figureId,
          value: data.value,
          numerator: data.numerator,
          denominator: data.denominator,
          publisher: data.publisher,
          publishedOn: date && dateView(date),
          note: data.note,
          source: record.source,
          corrected: correctionsAt(record, asOf).length > 0,
        },
      });
    }
  }
  return published.sort((a, b) => a.data.year - b.data.year || a.position - b.position);
}

/** Every published figure of the indicator beside the value the ledger derives for its year (national, at 31 December). */
export function reconcile(figures: FiguresState, ctx: IndicatorContext, indicatorId: string, asOf: AsOf, cutoff: MonthDay = YEAR_END): Reconciliation {
  const indicator = indicatorOrThrow(indicatorId);
  const known = asOf !== null && asOf >= Math.max(figures.maxRecordedAt, ctx.plans.maxRecordedAt, ctx.initiatives.maxRecordedAt) ? null : asOf;
  const published = publishedFor(figures, indicatorId, known);
  const years = [...new Set(published.map((p) => p.data.year))];
  const derivedByYear = new Map(evaluateSeries(indicator, ctx, years, { cutoff, lan: null, asOf: known }).map((y) => [y.year, y]));
  const rows = published.map(({ figure, data }) => {
    const derived = derivedByYear.get(data.year)!;
    const { comparedAs, basis } = comparison(data, derived.population);
    const asShare = comparedAs === 'share_percent' && derived.population !== null;
    const convert = (count: number) => (asShare ? percent(count, derived.population!) : count);
    const publishedNumber = basis === 'numerator' ? data.numerator! : data.value;
    const derivedValue = convert(derived.value);
    const difference = Math.round((derivedValue - publishedNumber) * 10) / 10;
    const explanation = asShare
      ? `Publicerad andel ${sv(publishedNumber)} % jämförs med härledd andel ${sv(derivedValue)} % (${derived.value} av ${derived.population} ${indicator.unit}).`
      : `Publicerat antal ${sv(publishedNumber)} jämförs med härlett antal ${derived.value} ${indicator.unit}.`;
    return {
      year: data.year,
      figure,
      derived,
      comparedAs,
      basis,
      published: publishedNumber,
      derivedValue,
      difference,
      withinRange: publishedNumber >= convert(derived.range.certain) && publishedNumber <= convert(derived.range.possible),
      explanation,
    };
  });
  return { indicatorId, title: indicator.title, rows };
}
