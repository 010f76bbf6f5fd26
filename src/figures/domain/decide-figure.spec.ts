import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import type { PublishFigure } from '../../ledger/domain/commands.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import { decideFigure, figureDecider } from './decide-figure.js';
import type { FigureEvent } from './figure-events.js';

const actors = loadActorRegistry();
const now = new Date('2024-01-15T09:00:00Z');

const given = (...events: FigureEvent[]) => ({
  when: (data: Partial<PublishFigure>) => () =>
    decideFigure({ command: 'PublishFigure', data: { ...skrHandlingsplanShare2022, ...data } }, foldEvents(figureDecider, events), { now, actors }),
});

/** SKR 2022: 60 % of län had a decided länsgemensam handlingsplan. */
const skrHandlingsplanShare2022: PublishFigure = {
  indicatorId: 'lan-med-handlingsplan',
  year: 2022,
  value: 60,
  publisher: 'national:skr',
  note: '60 procent av länen, en fördubbling jämfört med 2021',
};
const givenSkrPublishedHandlingsplanShareFor2022 = () => given(...given().when({})());
const refusedWith = (code: string, field: string) => expect.objectContaining({ code, field });

describe('publishing a figure', () => {
  it('keeps what SKR published, under a figure id made of year and publisher', () => {
    expect(given().when({})()).toEqual([
      {
        type: 'FigurePublished',
        data: {
          figureId: '2022-skr',
          indicatorId: 'lan-med-handlingsplan',
          year: 2022,
          value: 60,
          numerator: null,
          denominator: null,
          publisher: 'national:skr',
          decidedOn: null,
          note: '60 procent av länen, en fördubbling jämfört med 2021',
        },
      },
    ]);
  });

  it('keeps numerator and denominator when published', () => {
    const [event] = given().when({ indicatorId: 'lan-malbild', value: 20, numerator: 20, denominator: 21, decidedOn: '2023-03' })();
    expect(event.data).toMatchObject({ numerator: 20, denominator: 21, decidedOn: '2023-03' });
  });

  it('lets another publisher publish for the same indicator and year', () => {
    expect(givenSkrPublishedHandlingsplanShareFor2022().when({ publisher: 'national:socialstyrelsen' })()[0].data.figureId).toBe('2022-socialstyrelsen');
  });

  it('refuses publishing the same figure twice', () => {
    expect(givenSkrPublishedHandlingsplanShareFor2022().when({})).toThrow(refusedWith('FIGURE.ALREADY_PUBLISHED', 'figureId'));
  });

  it.each([
    [{ year: 2025 }, 'FIGURE.INVALID_YEAR', 'year'],
    [{ year: 2022.5 }, 'FIGURE.INVALID_YEAR', 'year'],
    [{ value: -1 }, 'FIGURE.INVALID_VALUE', 'value'],
    [{ value: Number.NaN }, 'FIGURE.INVALID_VALUE', 'value'],
    [{ numerator: 1.5 }, 'FIGURE.INVALID_COUNT', 'numerator'],
    [{ denominator: 0 }, 'FIGURE.INVALID_COUNT', 'denominator'],
    [{ numerator: 22, denominator: 21 }, 'FIGURE.NUMERATOR_ABOVE_DENOMINATOR', 'numerator'],
    [{ publisher: 'national:scb' }, 'ACTOR.UNKNOWN', 'publisher'],
    [{ indicatorId: 'Län med plan' }, 'FIGURE.INVALID_INDICATOR', 'indicatorId'],
    [{ decidedOn: '2023-02-30' }, 'DATE.INVALID', 'decidedOn'],
  ])('refuses %j with %s', (data, code, field) => {
    expect(given().when(data)).toThrow(refusedWith(code, field));
  });
});
