import { bodyOf } from '../ledger/http/api-docs.js';
import { InitiativeTransitionData, RegisterInitiativeData } from './initiative-commands.dto.js';

/** HTTP bodies of the initiative commands, for the OpenAPI document. */
export class RegisterInitiativeBody extends bodyOf(RegisterInitiativeData, []) {}
export class InitiativeTransitionBody extends bodyOf(InitiativeTransitionData, ['initiativeId']) {}

const source = { title: 'Mobila närsjukvårdsteam i Värmland', publisher: 'Region Värmland' };
const step = (name: string, summary: string, decidedOn: string, extra: Record<string, string> = {}) => ({ [name]: { summary, value: { decidedOn, ...extra, source } } });

/** Examples in the domain's words. */
export const INITIATIVE_EXAMPLES = {
  register: {
    mobilt_team: {
      summary: 'Ett mobilt team med regionen och kommunen som huvudmän',
      value: {
        initiativeId: 'arvika-mobilt-narsjukvardsteam',
        title: 'Mobilt närsjukvårdsteam i Arvika',
        kind: 'mobilt_team',
        owners: ['region:17', 'kommun:1784'],
        targetGroups: ['aldre', 'kroniskt_sjuka'],
        focusAreas: ['samordning', 'proaktivitet'],
        source,
      },
    },
    program: {
      summary: 'En tjänst inom ett nationellt program',
      value: { title: 'Hälsosamtal för 40-, 50- och 60-åringar', kind: 'tjanst', program: 'halsosamtal', owners: ['region:18'], targetGroups: ['alla'], focusAreas: ['proaktivitet'], source: { title: 'Hälsosamtal', publisher: 'Region Örebro län' } },
    },
  },
  decided: step('beslut', 'Beslut om att inrätta teamet', '2021-11', { decidedBy: 'hälso- och sjukvårdsnämnden' }),
  started: step('start', 'Teamet startade hösten 2022', '2022-23'),
  scaledUp: step('bredd', 'Breddinfört i hela länet', '2023-05'),
  madePermanent: step('ordinarie', 'Ordinarie verksamhet från 2024', '2024', { decidedBy: 'regionstyrelsen' }),
  ended: step('avslut', 'Avslutat', '2024-12-31', { note: 'Ersatt av länsgemensamma team' }),
};
