import type { LedgerCommand } from '../../ledger/domain/commands.js';
import type { DecideContext, Decider } from '../../ledger/domain/decider.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { optionalDecisionDate, optionalText, requireActor, requireIndicatorId, requireSlug } from '../../ledger/domain/rules.js';
import type { FigureEvent, FigurePublished } from './figure-events.js';

export type FigureCommand = Extract<LedgerCommand, { command: 'PublishFigure' }>;

/** The published figures of one indicator, by figure id. */
export interface IndicatorFigures {
  readonly figures: Readonly<Record<string, FigurePublished['data']>>;
}

export const initialIndicatorFigures = (): IndicatorFigures => ({ figures: {} });

export function evolveIndicatorFigures(state: IndicatorFigures, event: FigureEvent): IndicatorFigures {
  return { figures: { ...state.figures, [event.data.figureId]: event.data } };
}

const FIRST_YEAR = 1990;

function requireCount(value: number | undefined, field: string): number | null {
  if (value === undefined) return null;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError('FIGURE.INVALID_COUNT', `${field} måste vara ett heltal ≥ 0`, field, 'non-negative-integer');
  }
  return value;
}

export function decideFigure(command: FigureCommand, state: IndicatorFigures, { now, actors }: DecideContext): FigureEvent[] {
  const data = command.data;
  const indicatorId = requireIndicatorId(data.indicatorId, 'indicatorId', 'FIGURE.INVALID_INDICATOR');
  const thisYear = now.getUTCFullYear();
  if (!Number.isInteger(data.year) || data.year < FIRST_YEAR || data.year > thisYear) {
    throw new DomainError('FIGURE.INVALID_YEAR', `year måste vara ett årtal mellan ${FIRST_YEAR} och ${thisYear}`, 'year', 'year-range');
  }
  if (!Number.isFinite(data.value) || data.value < 0) {
    throw new DomainError('FIGURE.INVALID_VALUE', 'value måste vara ett tal ≥ 0', 'value', 'non-negative-number');
  }
  const numerator = requireCount(data.numerator, 'numerator');
  const denominator = requireCount(data.denominator, 'denominator');
  if (denominator === 0) throw new DomainError('FIGURE.INVALID_COUNT', 'denominator får inte vara 0', 'denominator', 'positive');
  if (numerator !== null && denominator !== null && numerator > denominator) {
    throw new DomainError('FIGURE.NUMERATOR_ABOVE_DENOMINATOR', `numerator (${numerator}) är större än denominator (${denominator})`, 'numerator', 'numerator-not-above-denominator');
  }
  const publisher = requireActor(actors, data.publisher, 'publisher');
  const figureId = data.figureId === undefined ? `${data.year}-${publisher.code}` : requireSlug(data.figureId, 'figureId', 'FIGURE.INVALID_ID');
  if (state.figures[figureId]) {
    throw new DomainError('FIGURE.ALREADY_PUBLISHED', `Siffran ${figureId} för ${indicatorId} finns redan; rätta den i stället`, 'figureId', 'unique-figure');
  }
  return [{
    type: 'FigurePublished',
    data: {
      figureId,
      indicatorId,
      year: data.year,
      value: data.value,
      numerator,
      denominator,
      publisher: publisher.id,
      decidedOn: optionalDecisionDate(data.decidedOn, 'decidedOn', now),
      note: optionalText(data.note, 'note', 'FIGURE.NOTE_TOO_LONG', 2000),
    },
  }];
}

export const figureDecider: Decider<FigureCommand, FigureEvent, IndicatorFigures> = {
  initialState: initialIndicatorFigures,
  evolve: evolveIndicatorFigures,
  decide: decideFigure,
};
