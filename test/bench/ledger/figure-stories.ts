import type { Actor } from '../../../src/actors/domain/actor.js';
import { streams } from '../../../src/ledger/domain/streams.js';
import { INDICATORS, type Population } from '../../../src/indicators/domain/indicator-registry.js';
import { exactDate } from './dates.js';
import { documentSource, type PlannedGroup, type StoryContext } from './planned.js';

/** Members of each population in the reference data. */
const POPULATION_SIZE: Readonly<Record<Population, number>> = { lan: 21, region: 21, kommun: 290 };

/**
 * What SKR and Socialstyrelsen published about `year`, in the autumn: one
 * figure per shipped indicator and publisher, a share where it has a population.
 */
export function publishedFigures(ctx: StoryContext, publishers: readonly Actor[], progress: number): PlannedGroup[] {
  const { prng, year } = ctx;
  return INDICATORS.map((indicator) => {
    const population = indicator.population === null ? 0 : POPULATION_SIZE[indicator.population];
    const events = publishers
      .filter(() => prng.chance(0.7))
      .map((publisher) => {
        const numerator = population > 0 ? Math.round(population * Math.min(1, progress * (0.6 + prng.float() * 0.6))) : prng.int(5, 400);
        const denominator = population > 0 ? population : null;
        const value = denominator ? Math.round((1000 * numerator) / denominator) / 10 : numerator;
        const decidedOn = exactDate(year, prng.int(270, 364));
        return ctx.planned(
          'FigurePublished',
          {
            decidedOn,
            denominator,
            figureId: `${indicator.id}-${year}-${publisher.code}`,
            indicatorId: indicator.id,
            note: prng.chance(0.3) ? 'Enligt uppföljningsrapporten' : null,
            numerator: denominator ? numerator : null,
            publisher: publisher.id,
            value,
            year,
          },
          documentSource(publisher, `Uppföljning av omställningen till nära vård ${year}`),
          ctx.principalFor(publisher),
        );
      });
    return { stream: streams.indicator(indicator.id), events };
  }).filter((group) => group.events.length > 0);
}
