import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import { decideCorrection, type CorrectionCommand } from './decide-correction.js';
import { recordsOf, type RecordLike } from './effective-events.js';

const actors = loadActorRegistry();
const now = new Date('2024-01-15T09:00:00Z');
const planId = 'varmland-malbild-2022';

const given = (...events: RecordLike[]) => ({
  when: (command: CorrectionCommand) => () => decideCorrection(command, recordsOf(events), { now, actors }),
});

const malbildInitiated: RecordLike = {
  id: 'initiated',
  type: 'PlanInitiated',
  data: { planId, title: 'Målbild', kind: 'malbild', scope: 'lan', lan: 'lan:17', owner: 'lan:17', parties: ['region:17', 'kommun:1784'], initiatedOn: null, description: null },
};
const arvikaAdopted: RecordLike = { id: 'arvika', type: 'PlanAdopted', data: { planId, party: 'kommun:1784', decidedOn: '2022-03', decidedBy: 'KF', version: 1 } };
const arvikaRetracted: RecordLike = { id: 'retraction', type: 'RecordRetracted', data: { retractedEventId: 'arvika', retractedType: 'PlanAdopted', reason: 'Fel plan' } };
const givenVarmlandMalbildAdoptedBy = (...adoptions: RecordLike[]) => given(malbildInitiated, ...adoptions);
const figure: RecordLike = {
  id: 'figure',
  type: 'FigurePublished',
  data: { figureId: '2022-skr', indicatorId: 'lan-malbild', year: 2022, value: 20, numerator: 20, denominator: 21, publisher: 'national:skr', decidedOn: null, note: null },
};

const correct = (eventId: string, fields: Record<string, unknown>, reason = 'Protokollet anger dagen'): CorrectionCommand => ({
  command: 'CorrectRecord',
  data: { eventId, fields, reason },
});
const retract = (eventId: string, reason = 'Registrerad på fel plan'): CorrectionCommand => ({ command: 'RetractRecord', data: { eventId, reason } });
const refusedWith = (code: string, field?: string) => expect.objectContaining({ code, ...(field ? { field } : {}) });

describe('correcting a record', () => {
  it('records which fields of which event were wrong, and why', () => {
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted).when(correct('arvika', { decidedOn: '2022-03-28' }))()).toEqual([
      { type: 'RecordCorrected', data: { correctedEventId: 'arvika', correctedType: 'PlanAdopted', fields: { decidedOn: '2022-03-28' }, reason: 'Protokollet anger dagen' } },
    ]);
  });

  it('corrects the vocabulary of an initiative and normalises the values', () => {
    const registered: RecordLike = { id: 'team', type: 'InitiativeRegistered', data: { initiativeId: 'x', focusAreas: [] } };
    const [event] = given(registered).when(correct('team', { focusAreas: ['samordning'], title: ' Mobilt team ' }))();
    expect(event.data).toMatchObject({ fields: { focusAreas: ['samordning'], title: 'Mobilt team' } });
  });

  it.each([
    [{ decidedOn: '2022-02-30' }, 'DATE.INVALID', 'fields.decidedOn'],
    [{ decidedOn: '2024-03' }, 'DATE.AFTER_RECORD_TIME', 'fields.decidedOn'],
    [{ decidedOn: 20220328 }, 'CORRECTION.INVALID_VALUE', 'fields.decidedOn'],
    [{ party: 'kommun:1761' }, 'CORRECTION.FIELD_NOT_CORRECTABLE', 'fields.party'],
    [{ colour: 'blue' }, 'CORRECTION.FIELD_NOT_CORRECTABLE', 'fields.colour'],
    [{}, 'CORRECTION.NO_FIELDS', 'fields'],
    [{ decidedBy: '' }, 'CORRECTION.INVALID_VALUE', 'fields.decidedBy'],
  ])('refuses correcting an adoption with %j', (fields, code, field) => {
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted).when(correct('arvika', fields))).toThrow(refusedWith(code, field));
  });

  it('refuses a correction that makes a figure inconsistent', () => {
    expect(given(figure).when(correct('figure', { numerator: 22 }))).toThrow(refusedWith('CORRECTION.INVALID_VALUE', 'fields.numerator'));
    expect(given(figure).when(correct('figure', { value: 'tjugo' }))).toThrow(refusedWith('CORRECTION.INVALID_VALUE', 'fields.value'));
    expect(given(figure).when(correct('figure', { numerator: 19 }))()[0].data).toMatchObject({ fields: { numerator: 19 } });
  });

  it('refuses a correction of an unknown event, of a retracted one, and one without reason', () => {
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted).when(correct('nobody', { decidedOn: '2022' }))).toThrow(refusedWith('RECORD.NOT_FOUND', 'eventId'));
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted, arvikaRetracted).when(correct('arvika', { decidedOn: '2022' }))).toThrow(refusedWith('RECORD.RETRACTED'));
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted).when(correct('arvika', { decidedOn: '2022' }, ' '))).toThrow(refusedWith('CORRECTION.REASON_REQUIRED', 'reason'));
  });
});

describe('retracting a record', () => {
  it('records the retraction with its reason', () => {
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted).when(retract('arvika'))()).toEqual([
      { type: 'RecordRetracted', data: { retractedEventId: 'arvika', retractedType: 'PlanAdopted', reason: 'Registrerad på fel plan' } },
    ]);
  });

  it('refuses retracting twice', () => {
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted, arvikaRetracted).when(retract('arvika'))).toThrow(refusedWith('RECORD.ALREADY_RETRACTED'));
  });

  it('refuses retracting a plan\'s initiation while adoptions of it stand, and allows it once they are retracted', () => {
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted).when(retract('initiated'))).toThrow(refusedWith('RETRACTION.HAS_DEPENDENTS', 'eventId'));
    expect(givenVarmlandMalbildAdoptedBy(arvikaAdopted, arvikaRetracted).when(retract('initiated'))).not.toThrow();
  });
});
