import { decisionSentence } from './decision-sentence.js';

describe('decision sentence', () => {
  it('says who did what to which plan and when, in Swedish', () => {
    expect(
      decisionSentence({ type: 'PlanAdopted', title: 'Värmlands målbild', actor: 'Arvika kommun', decidedOn: '2022-03-28' }),
    ).toBe('Arvika kommun antog Värmlands målbild (28 mars 2022)');
  });

  it('keeps an imprecise date imprecise', () => {
    expect(
      decisionSentence({ type: 'InitiativeStarted', title: 'Mobilt team i Kil', actor: 'Kils kommun', decidedOn: '2022-23' }),
    ).toBe('Kils kommun startade Mobilt team i Kil (hösten 2022)');
  });

  it('names corrections as such, and an unknown actor as unknown', () => {
    expect(decisionSentence({ type: 'RecordCorrected', title: 'Värmlands målbild', actor: null, decidedOn: null })).toBe(
      'Rättelse: Värmlands målbild',
    );
    expect(decisionSentence({ type: 'PlanProposed', title: 'Färdplan', actor: null, decidedOn: '2022' })).toBe(
      'Okänd part lade fram förslag till Färdplan (2022)',
    );
  });
});
