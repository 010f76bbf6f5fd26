import { effectiveEvents, recordsOf } from './effective-events.js';

const adoptedByArvika = { id: 'e1', type: 'PlanAdopted', data: { party: 'kommun:1784', decidedOn: '2022-03', decidedBy: 'KF' } };
const adoptedByHammaro = { id: 'e2', type: 'PlanAdopted', data: { party: 'kommun:1761', decidedOn: '2022-03-28', decidedBy: 'KS' } };
const correctedArvikaDate = {
  id: 'e3',
  type: 'RecordCorrected',
  data: { correctedEventId: 'e1', correctedType: 'PlanAdopted', fields: { decidedOn: '2022-03-28' }, reason: 'Protokollet anger dagen' },
};
const retractedHammaro = { id: 'e4', type: 'RecordRetracted', data: { retractedEventId: 'e2', retractedType: 'PlanAdopted', reason: 'Fel kommun' } };

describe('the record as it now reads', () => {
  it('applies a correction to the data of the corrected event and keeps its id', () => {
    expect(effectiveEvents([adoptedByArvika, correctedArvikaDate])).toEqual([
      { ...adoptedByArvika, data: { ...adoptedByArvika.data, decidedOn: '2022-03-28' } },
    ]);
  });

  it('leaves out a retracted event but keeps the others in order', () => {
    expect(effectiveEvents([adoptedByArvika, adoptedByHammaro, retractedHammaro])).toEqual([adoptedByArvika]);
  });

  it('applies successive corrections in order', () => {
    const second = { ...correctedArvikaDate, id: 'e5', data: { ...correctedArvikaDate.data, fields: { decidedOn: '2022-03-29' } } };
    expect(effectiveEvents<{ id: string; type: string; data: Record<string, unknown> }>([adoptedByArvika, correctedArvikaDate, second])[0].data.decidedOn).toBe('2022-03-29');
  });

  it('reports each original event with its corrections and retraction', () => {
    const records = recordsOf([adoptedByArvika, adoptedByHammaro, correctedArvikaDate, retractedHammaro]);
    expect(records.get('e1')).toMatchObject({ corrections: 1, retracted: false, data: { decidedOn: '2022-03-28' } });
    expect(records.get('e2')).toMatchObject({ corrections: 0, retracted: true });
    expect(records.has('e3')).toBe(false);
  });
});
