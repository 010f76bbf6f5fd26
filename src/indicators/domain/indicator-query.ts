import { DomainError } from '../../ledger/domain/domain-error.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { AsOf } from '../../projections/domain/versioned.js';
import { YEAR_END, type MonthDay } from './cutoff.js';
import { countSeries, evaluateSeries, type IndicatorContext, type YearCount, type YearValue } from './evaluate.js';
import { INDICATORS, indicatorById, type IndicatorDefinition } from './indicator-registry.js';
import { yearOverYear, type YearOverYear } from './year-over-year.js';

export interface IndicatorSummary {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly population: string | null;
  readonly description: string;
}

export const listIndicators = (): IndicatorSummary[] =>
  INDICATORS.map(({ id, title, unit, population, description }) => ({ id, title, unit, population, description }));

export function indicatorOrThrow(id: string): IndicatorDefinition {
  const indicator = indicatorById(id);
  if (!indicator) throw new DomainError('INDICATOR.NOT_FOUND', `Indikatorn "${id}" finns inte; se /indicators`, 'id', 'known-indicator');
  return indicator;
}

export interface SeriesQuery {
  readonly from: number;
  readonly to: number;
  readonly cutoff?: MonthDay;
  readonly lan?: ActorId | null;
  readonly asOf?: AsOf;
}

export interface IndicatorSeries {
  readonly indicator: IndicatorSummary;
  readonly lan: ActorId | null;
  readonly years: readonly YearValue[];
}

/** "Now" unless `asOf` lies before the last record time either model applied. */
export const asOfIn = (ctx: IndicatorContext, asOf: AsOf | undefined): AsOf =>
  asOf === undefined || asOf === null || asOf >= Math.max(ctx.plans.maxRecordedAt, ctx.initiatives.maxRecordedAt) ? null : asOf;

export function indicatorSeries(ctx: IndicatorContext, id: string, query: SeriesQuery): IndicatorSeries {
  const indicator = indicatorOrThrow(id);
  const scope = seriesScope(ctx, query);
  const { title, unit, population, description } = indicator;
  return { indicator: { id, title, unit, population, description }, lan: scope.lan, years: evaluateSeries(indicator, ctx, yearsOf(query), scope) };
}

/** Several series' counts alone, without who is counted (see countSeries). */
export function indicatorCounts(ctx: IndicatorContext, ids: readonly string[], query: SeriesQuery): YearCount[][] {
  return countSeries(ids.map(indicatorOrThrow), ctx, yearsOf(query), seriesScope(ctx, query));
}

function yearsOf(query: SeriesQuery): number[] {
  const years: number[] = [];
  for (let year = query.from; year <= query.to; year++) years.push(year);
  return years;
}

const seriesScope = (ctx: IndicatorContext, query: SeriesQuery) => ({ cutoff: query.cutoff ?? YEAR_END, lan: query.lan ?? null, asOf: asOfIn(ctx, query.asOf) });

export interface YoyQuery {
  readonly year: number;
  readonly cutoff?: MonthDay;
  readonly lan?: ActorId | null;
  readonly asOf?: AsOf;
}

export function indicatorYoy(ctx: IndicatorContext, id: string, query: YoyQuery): YearOverYear {
  const indicator = indicatorOrThrow(id);
  const scope = { cutoff: query.cutoff ?? YEAR_END, lan: query.lan ?? null, asOf: asOfIn(ctx, query.asOf) };
  const [previous, current] = evaluateSeries(indicator, ctx, [query.year - 1, query.year], scope);
  return yearOverYear(indicator, previous, current);
}
