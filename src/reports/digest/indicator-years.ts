import type { IndicatorContext, YearCount } from '../../indicators/domain/evaluate.js';
import { indicatorCounts, type SeriesQuery } from '../../indicators/domain/indicator-query.js';
import { indicatorById } from '../../indicators/domain/indicator-registry.js';

/** An indicator's count of one year in one scope, with the version of the read model it was counted from. */
export interface CountedYear {
  readonly version: number;
  readonly count: YearCount;
}

/** By `${indicatorId}|${lan}|${year}`. */
export type IndicatorYears = Map<string, CountedYear>;

const keyOf = (id: string, lan: string | null, year: number) => `${id}|${lan ?? ''}|${year}`;

/**
 * Indicator counts as the ledger knows them now, kept per year while the
 * plans (for plan indicators) or the initiatives (for the others) are
 * unchanged: both count their changes, so a decision about a plan leaves the
 * initiative indicators' counts standing, and a report after it counts only
 * the plan indicators again. The years missing for any indicator are counted
 * for all that miss some, in one evaluation.
 */
export function countsNow(kept: IndicatorYears, ctx: IndicatorContext, ids: readonly string[], query: Omit<SeriesQuery, 'asOf'>): YearCount[][] {
  const lan = query.lan ?? null;
  const versionOf = (id: string) => (indicatorById(id)?.measure === 'plan' ? ctx.plans.version : ctx.initiatives.version);
  const missing = new Set<number>();
  const stale = ids.filter((id) => {
    let any = false;
    for (let year = query.from; year <= query.to; year++) {
      if (kept.get(keyOf(id, lan, year))?.version === versionOf(id)) continue;
      missing.add(year);
      any = true;
    }
    return any;
  });
  if (stale.length > 0) {
    const counted = indicatorCounts(ctx, stale, { ...query, from: Math.min(...missing), to: Math.max(...missing), asOf: null });
    stale.forEach((id, i) => {
      for (const count of counted[i]) kept.set(keyOf(id, lan, count.year), { version: versionOf(id), count });
    });
  }
  return ids.map((id) => {
    const years: YearCount[] = [];
    for (let year = query.from; year <= query.to; year++) years.push(kept.get(keyOf(id, lan, year))!.count);
    return years;
  });
}
