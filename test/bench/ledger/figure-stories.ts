import type { Actor } from '../../../src/actors/domain/actor.js';
import { streams } from '../../../src/ledger/domain/streams.js';
import { exactDate } from './dates.js';
import { documentSource, type PlannedGroup, type StoryContext } from './planned.js';

/** Indicators the national follow-up publishes yearly, with the population each counts in. */
const INDICATORS: readonly { readonly id: string; readonly population: number }[] = [
  { id: 'lan-malbild', population: 21 },
  { id: 'lan-handlingsplan-fardplan', population: 21 },
  { id: 'region-handlingsplan', population: 21 },
  { id: 'kommun-handlingsplan', population: 290 },
  { id: 'lan-plan-primarvard', population: 21 },
  { id: 'region-program-halsosamtal', population: 21 },
  { id: 'region-program-1177-direkt', population: 21 },
  { id: 'mobila-team-startade', population: 0 },
];

/**
 * What SKR and Socialstyrelsen published about `year`, in the autumn: one
 * figure per indicator and publisher, a share where a population exists.
 */
export function publishedFigures(ctx: StoryContext, publishers: readonly Actor[], progress: number): PlannedGroup[] {
  const { prng, year } = ctx;
  return INDICATORS.map((indicator) => {
    const events = publishers
      .filter(() => prng.chance(0.7))
      .map((publisher) => {
        const numerator = indicator.population > 0 ? Math.round(indicator.population * Math.min(1, progress * (0.6 + prng.float() * 0.6))) : prng.int(5, 400);
        const denominator = indicator.population > 0 ? indicator.population : null;
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
