import type { LedgerBuilder, PlanBuilder } from './ledger-builder.js';

/** Seed 002: "Värmlands målbild godkänd", one plan adopted by Region Värmland and the 16 kommuner. */
export const VARMLAND_MALBILD_ADOPTIONS: ReadonlyArray<readonly [party: string, decidedOn: string, decidedBy: string]> = [
  ['kommun:1784', '2022-03-28', 'Kommunfullmäktige i Arvika'],
  ['kommun:1761', '2022-03-28', 'Kommunfullmäktige i Hammarö'],
  ['kommun:1762', '2022-03-29', 'Kommunfullmäktige i Munkfors'],
  ['kommun:1782', '2022-03-30', 'Kommunfullmäktige i Filipstad'],
  ['region:17', '2022-04-06', 'Regionfullmäktige'],
  ['kommun:1783', '2022-04-25', 'Kommunfullmäktige i Hagfors'],
  ['kommun:1737', '2022-04-25', 'Kommunfullmäktige i Torsby'],
  ['kommun:1785', '2022-04-25', 'Kommunfullmäktige i Säffle'],
  ['kommun:1765', '2022-04-25', 'Kommunfullmäktige i Årjäng'],
  ['kommun:1764', '2022-04-26', 'Kommunfullmäktige i Grums'],
  ['kommun:1730', '2022-04-27', 'Kommunfullmäktige i Eda'],
  ['kommun:1760', '2022-05-16', 'Kommunfullmäktige i Storfors'],
  ['kommun:1766', '2022-05-23', 'Kommunfullmäktige i Sunne'],
  ['kommun:1715', '2022-05-24', 'Kommunfullmäktige i Kil'],
  ['kommun:1781', '2022-05-24', 'Kommunfullmäktige i Kristinehamn'],
  ['kommun:1763', '2022-06-07', 'Kommunfullmäktige i Forshaga'],
  ['kommun:1780', '2022-06-16', 'Kommunfullmäktige i Karlstad'],
];

export const VARMLAND_PARTIES = ['region:17', ...VARMLAND_MALBILD_ADOPTIONS.filter(([p]) => p !== 'region:17').map(([p]) => p)];

/** The målbild initiated, then adopted by all 17 parties as seed 002 lists them, each recorded the day after. */
export function givenVarmlandMalbildAdopted(ledger: LedgerBuilder): PlanBuilder {
  ledger.at('2022-01-20T09:00:00Z');
  const plan = ledger.plan('varmland-malbild-2022', {
    title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland',
    kind: 'malbild',
    scope: 'lan',
    lan: 'lan:17',
    owner: 'lan:17',
    parties: VARMLAND_PARTIES,
    initiatedOn: '2021',
  });
  for (const [party, decidedOn, decidedBy] of VARMLAND_MALBILD_ADOPTIONS) {
    ledger.at(`${nextDay(decidedOn)}T09:00:00Z`);
    plan.adoptedBy(party, decidedOn, decidedBy);
  }
  return plan;
}

const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
