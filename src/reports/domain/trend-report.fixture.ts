import { VARMLAND_MALBILD_ADOPTIONS } from '../../charts/varmland.fixture.js';
import type { IndicatorSeries, PlanAdoption, ReportDate, TimelineEntry, TimelineYearLines, TrendReportInput } from './report-input.js';
import { SourceIndex } from './source-index.js';
import { TimelineCandidates, type EntryReader, type FullyAdopted } from './timeline-lines.js';

/**
 * Test inputs in the shape the read side answers. The 2022 published figures
 * are the ones in seed 001 (Socialstyrelsen's follow-up: 20 of 21 län with a
 * målbild, 60 % with a handlingsplan, 12 of 21 regions offering hälsosamtal);
 * the yearly counts are made up for the tests, chosen to exercise doubling,
 * ranges and differences.
 */

const day = (iso: string): ReportDate => ({ edtf: iso, earliest: iso, latest: iso, precision: 'day' });
const SEED_001 = { title: 'Socialstyrelsens uppföljning av omställningen till god och nära vård 2023', url: 'https://www.socialstyrelsen.se/', publisher: 'Socialstyrelsen' };
const SEED_002 = { title: 'Omställningen till nära vård', url: 'https://www.regionvarmland.se/', publisher: 'Region Värmland' };

const years = (population: number | null, values: Record<number, number | [number, number]>) =>
  Object.entries(values).map(([year, v]) => ({
    year: Number(year),
    certain: Array.isArray(v) ? v[0] : v,
    possible: Array.isArray(v) ? v[1] : v,
    population,
  }));

export const NATIONAL_INDICATORS: IndicatorSeries[] = [
  { id: 'lan-med-malbild', title: 'Län med beslutad länsgemensam målbild', population: 'lan', years: years(21, { 2019: 3, 2020: 8, 2021: [15, 16], 2022: 20, 2023: 20 }) },
  {
    id: 'lan-med-handlingsplan',
    title: 'Län med beslutad länsgemensam handlingsplan eller färdplan',
    population: 'lan',
    years: years(21, { 2019: 1, 2020: 3, 2021: 6, 2022: 13, 2023: 15 }),
  },
  { id: 'regioner-med-program:halsosamtal', title: 'Regioner som erbjuder hälsosamtal', population: 'region', years: years(21, { 2019: 5, 2020: 6, 2021: 8, 2022: 11, 2023: 14 }) },
  { id: 'mobila-team-startade', title: 'Mobila team som startade under året', population: null, years: years(null, { 2019: 1, 2020: 2, 2021: 4, 2022: 7, 2023: 7 }) },
];

/** What the national fixture's events and figures cite, as cited (one twice). */
export const NATIONAL_SOURCES = [SEED_001, SEED_002, SEED_001];

const REPORT_ENTRY: EntryReader<TimelineEntry> = {
  type: (entry) => entry.type,
  date: (entry) => entry.decidedOn,
  aggregateId: (entry) => entry.aggregateId,
  eventId: (entry) => entry.eventId,
  publisher: (entry) => entry.actor,
};

/**
 * The timeline lines of report entries for the years `from`..`to`, as the
 * read side chooses them, a plan's adoptions weighed by the plan's own
 * adoptions (fully adopted once every party has, the last by the line's last day).
 */
export function timelineLines(entries: readonly TimelineEntry[], plans: readonly PlanAdoption[], from: number, to: number): TimelineYearLines[] {
  const byId = new Map(plans.map((plan) => [plan.planId, plan]));
  const fully: FullyAdopted = (planId, latest) => {
    const plan = byId.get(planId);
    return plan !== undefined && plan.adoptions.length >= plan.expected && plan.adoptions.every((a) => a.decidedOn.latest <= latest);
  };
  const candidates = new TimelineCandidates(from, to, REPORT_ENTRY);
  for (const entry of entries) candidates.add(entry);
  return candidates.select(fully).map((year) => ({
    ...year,
    lines: year.lines.map((line) => ({ ...line, expected: line.kind === 'adoptions' ? (byId.get(line.entries[0].aggregateId)?.expected ?? null) : null })),
  }));
}

export const nationalInput = (overrides: Partial<TrendReportInput> = {}): TrendReportInput => ({
  scope: { kind: 'national' },
  from: 2019,
  to: 2023,
  asOf: null,
  generatedAt: '2024-05-02T08:30:00.000Z',
  indicators: NATIONAL_INDICATORS,
  figures: [
    { indicatorId: 'lan-med-malbild', year: 2022, publisher: 'Socialstyrelsen', value: 20, numerator: 20, denominator: 21, comparedAs: 'count', note: null, source: SEED_001 },
    { indicatorId: 'lan-med-handlingsplan', year: 2022, publisher: 'Socialstyrelsen', value: 60, numerator: null, denominator: null, comparedAs: 'share', note: 'Dubbelt så många som 2021.', source: SEED_001 },
    { indicatorId: 'regioner-med-program:halsosamtal', year: 2022, publisher: 'Socialstyrelsen', value: 12, numerator: 12, denominator: 21, comparedAs: 'count', note: null, source: SEED_001 },
  ],
  lans: [
    { lan: 'lan:01', name: 'Stockholms län' },
    { lan: 'lan:17', name: 'Värmlands län' },
  ],
  plans: [varmlandMalbild()],
  timeline: timelineLines(varmlandTimeline(), [varmlandMalbild()], overrides.from ?? 2019, overrides.to ?? 2023),
  dataQuality: { events: 430, decisions: 412, imprecise: { month: 20, season: 9, year: 8 }, withoutSourceUrl: 5, undatedLeftOut: 14 },
  sources: SourceIndex.of(NATIONAL_SOURCES),
  ...overrides,
});

export function varmlandMalbild(): PlanAdoption {
  return {
    planId: 'varmland-malbild-2022',
    title: 'Målbild för god och nära vård, hälsa och omsorg i Värmland',
    kind: 'malbild',
    scope: 'lan',
    lan: 'lan:17',
    ownerName: 'Värmlands län',
    expected: 17,
    adoptions: VARMLAND_MALBILD_ADOPTIONS.map((a, i) => ({
      party: `party-${i}`,
      partyName: a.partyName,
      decidedOn: day(a.latest),
      decidedBy: a.partyName === 'Region Värmland' ? 'Regionfullmäktige' : 'Kommunfullmäktige',
    })),
    missing: [],
    status: 'active',
  };
}

export const varmlandFardplan = (): PlanAdoption => ({
  planId: 'varmland-fardplan-2023',
  title: 'Länsgemensam färdplan för god och nära vård i Värmland',
  kind: 'fardplan',
  scope: 'lan',
  lan: 'lan:17',
  ownerName: 'Värmlands län',
  expected: 1,
  adoptions: [{ party: 'lan:17', partyName: 'Värmlands län', decidedOn: { edtf: '2023-01', earliest: '2023-01-01', latest: '2023-01-31', precision: 'month' }, decidedBy: 'Direktörsberedningen' }],
  missing: [],
  status: 'active',
});

/** Region Värmland's own plan, adopted by its council. */
export const regionVarmlandPlan = (): PlanAdoption => ({
  planId: 'region17-utvecklingsplan-2015',
  title: 'Utvecklingsplan för framtida hälso- och sjukvård',
  kind: 'strategi',
  scope: 'region',
  lan: 'lan:17',
  ownerName: 'Region Värmland',
  expected: 1,
  adoptions: [{ party: 'region:17', partyName: 'Region Värmland', decidedOn: { edtf: '2015', earliest: '2015-01-01', latest: '2015-12-31', precision: 'year' }, decidedBy: 'Landstingsfullmäktige' }],
  missing: [],
  status: 'active',
});

export function varmlandTimeline(): TimelineEntry[] {
  const malbild = varmlandMalbild();
  const base = { aggregateId: malbild.planId, subject: malbild.title, source: SEED_002 };
  return [
    { ...base, eventId: 'e-init', type: 'PlanInitiated', decidedOn: { edtf: '2021', earliest: '2021-01-01', latest: '2021-12-31', precision: 'year' }, actor: 'Värmlands län' },
    { ...base, eventId: 'e-prop', type: 'PlanProposed', decidedOn: { edtf: '2022-01', earliest: '2022-01-01', latest: '2022-01-31', precision: 'month' }, actor: 'Värmlandsrådet' },
    ...malbild.adoptions.map((a, i) => ({ ...base, eventId: `e-adopt-${i}`, type: 'PlanAdopted' as const, decidedOn: a.decidedOn, actor: a.partyName })),
  ];
}

export const varmlandInput = (overrides: Partial<TrendReportInput> = {}): TrendReportInput =>
  nationalInput({
    scope: { kind: 'lan', lan: 'lan:17', name: 'Värmlands län' },
    indicators: [
      { id: 'kommuner-med-handlingsplan', title: 'Kommuner med beslutad kommunspecifik handlingsplan', population: 'kommun', years: years(16, { 2019: 1, 2020: 1, 2021: 2, 2022: 4, 2023: 5 }) },
    ],
    lans: [{ lan: 'lan:17', name: 'Värmlands län' }],
    plans: [varmlandMalbild(), varmlandFardplan(), regionVarmlandPlan()],
    dataQuality: { events: 21, decisions: 21, imprecise: { month: 2, year: 1 }, withoutSourceUrl: 0, undatedLeftOut: null },
    sources: SourceIndex.of([SEED_002]),
    ...overrides,
  });
