import { bodyOf } from '../ledger/http/api-docs.js';
import { AdoptPlanData, InitiatePlanData, ProposePlanData, RevisePlanData, SupersedePlanData, WithdrawPlanData } from './plan-commands.dto.js';

/** HTTP bodies of the plan commands, for the OpenAPI document: the data without what the path gives, plus `source`. */
export class InitiatePlanBody extends bodyOf(InitiatePlanData, []) {}
export class ProposePlanBody extends bodyOf(ProposePlanData, ['planId']) {}
export class AdoptPlanBody extends bodyOf(AdoptPlanData, ['planId']) {}
export class RevisePlanBody extends bodyOf(RevisePlanData, ['planId']) {}
export class SupersedePlanBody extends bodyOf(SupersedePlanData, ['planId']) {}
export class WithdrawPlanBody extends bodyOf(WithdrawPlanData, ['planId']) {}

const varmlandSource = {
  title: 'Tidslinje för omställningen till Nära vård i Värmland',
  url: 'https://www.regionvarmland.se/',
  publisher: 'Region Värmland',
};

/** Examples in the domain's words, from seed 002 (Värmland) and the national follow-up. */
export const PLAN_EXAMPLES = {
  initiate: {
    malbild: {
      summary: 'Länsgemensam målbild: parter blir regionen och länets alla kommuner',
      value: { planId: 'varmland-malbild-2022', title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland', kind: 'malbild', scope: 'lan', lan: 'lan:17', initiatedOn: '2021', source: varmlandSource },
    },
    fardplan: {
      summary: 'Länsgemensam färdplan som länets direktörsberedning beslutar ensam',
      value: { planId: 'varmland-fardplan', title: 'Länsgemensam färdplan för god och nära vård i Värmland', kind: 'fardplan', scope: 'lan', lan: 'lan:17', parties: ['lan:17'], initiatedOn: '2022-23', source: varmlandSource },
    },
    regional: {
      summary: 'Regionspecifik handlingsplan',
      value: { title: 'Handlingsplan för nära vård i Region Örebro län', kind: 'handlingsplan', scope: 'region', lan: 'lan:18', source: { title: 'Handlingsplan nära vård 2022–2024', publisher: 'Region Örebro län' } },
    },
  },
  propose: { forslag: { summary: 'Förslaget presenteras för Värmlandsrådet', value: { decidedOn: '2022-01', proposedBy: 'lan:17', source: varmlandSource } } },
  adopt: {
    arvika: { summary: 'Arvika kommun godkänner målbilden 28 mars 2022', value: { party: 'kommun:1784', decidedOn: '2022-03-28', decidedBy: 'kommunfullmäktige', source: varmlandSource } },
    region: { summary: 'Region Värmland godkänner 6 april 2022', value: { party: 'region:17', decidedOn: '2022-04-06', decidedBy: 'regionfullmäktige', source: varmlandSource } },
    varen: { summary: 'Ett beslut som källan bara daterar till våren 2022', value: { party: 'kommun:1715', decidedOn: '2022-21', decidedBy: 'kommunfullmäktige', source: varmlandSource } },
  },
  revise: { ny_version: { summary: 'Reviderad version', value: { decidedOn: '2023-23', title: 'Målbild för god och nära vård i Värmland, reviderad 2023', source: varmlandSource } } },
  supersede: { ersatt: { summary: 'Ersatt av en ny plan i liggaren', value: { supersededBy: 'varmland-malbild-2025', decidedOn: '2025-02', source: varmlandSource } } },
  withdraw: { aterkallad: { summary: 'Planen återkallas', value: { decidedOn: '2023', reason: 'Arbetet samordnas i stället i den länsgemensamma färdplanen', source: varmlandSource } } },
};
