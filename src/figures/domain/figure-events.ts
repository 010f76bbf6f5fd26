import type { Event } from '../../ledger/domain/event.js';
import type { ActorId, EdtfDate } from '../../ledger/domain/vocabulary.js';

/** A figure SKR or Socialstyrelsen published for an indicator and year, kept beside what the ledger derives. */
export type FigurePublished = Event<
  'FigurePublished',
  {
    figureId: string;
    indicatorId: string;
    /** The year the figure describes. */
    year: number;
    /** As published: a count, or a share in percent when only a share was published. */
    value: number;
    numerator: number | null;
    denominator: number | null;
    publisher: ActorId;
    /** When it was published (decision time of the publication). */
    decidedOn: EdtfDate | null;
    /** The sentence it was taken from, or a caveat. */
    note: string | null;
  }
>;

export type FigureEvent = FigurePublished;
