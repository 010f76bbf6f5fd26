import { PROGRAMS, type PlanKind, type PlanScope, type Program } from '../../ledger/domain/vocabulary.js';

export type Population = 'lan' | 'region' | 'kommun';

interface Common {
  readonly id: string;
  /** Swedish, as a heading: "Län med beslutad länsgemensam målbild". */
  readonly title: string;
  /** What is counted, in Swedish: "län", "regioner", "kommuner", "team". */
  readonly unit: string;
  /** Whose count it is; null when there is no fixed population (teams), so there is no share. */
  readonly population: Population | null;
  readonly description: string;
}

/** Members with a decided plan: a plan counts once fully adopted (last party's adoption) and until withdrawn. */
export interface PlanIndicator extends Common {
  readonly measure: 'plan';
  readonly population: Population;
  readonly planKinds: readonly PlanKind[];
  /** Länsgemensam (lan), regionspecifik (region), kommunspecifik (kommun). */
  readonly scope: PlanScope;
}

/** Regions offering a program: one of their initiatives of that program started and not ended. */
export interface ProgramIndicator extends Common {
  readonly measure: 'program';
  readonly population: 'region';
  readonly program: Program;
}

/** Mobile teams that started during the year (after last year's cut-off, up to this year's). */
export interface TeamsStartedIndicator extends Common {
  readonly measure: 'teams-started';
  readonly population: null;
}

/** Mobile teams running at the cut-off. */
export interface TeamsActiveIndicator extends Common {
  readonly measure: 'teams-active';
  readonly population: null;
}

export type IndicatorDefinition = PlanIndicator | ProgramIndicator | TeamsStartedIndicator | TeamsActiveIndicator;

/** Programs as the Swedish sentence "Regioner som erbjuder …" continues. */
const PROGRAM_PHRASES: Readonly<Record<Program, string>> = {
  halsosamtal: 'hälsosamtal',
  '1177_direkt': '1177 direkt',
  far: 'fysisk aktivitet på recept (FaR)',
  patientkontrakt: 'patientkontrakt',
  fast_lakarkontakt: 'fast läkarkontakt',
  aldremottagning: 'äldremottagning',
  digital_vardcentral: 'digital vårdcentral',
  ledarskapsprogram: 'ledarskapsprogram',
  listning_per_lakare: 'listning per läkare',
  hemsjukvard: 'hemsjukvård',
  tidiga_insatser_psykisk_halsa: 'tidiga insatser vid psykisk ohälsa',
};

const planIndicator = (
  id: string,
  title: string,
  population: Population,
  unit: string,
  planKinds: readonly PlanKind[],
  scope: PlanScope,
  description: string,
): PlanIndicator => ({ id, title, unit, population, measure: 'plan', planKinds, scope, description });

/** The indicators the service ships (shared/DESIGN.md, Projections). Add one here and it is served everywhere. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  planIndicator('lan-med-malbild', 'Län med beslutad länsgemensam målbild', 'lan', 'län', ['malbild'], 'lan',
    'Län där en länsgemensam målbild antagits av alla parter (regionen och länets kommuner eller länets gemensamma organ).'),
  planIndicator('lan-med-handlingsplan', 'Län med beslutad länsgemensam handlingsplan eller färdplan', 'lan', 'län', ['handlingsplan', 'fardplan'], 'lan',
    'Län där en länsgemensam handlingsplan eller färdplan antagits av alla parter.'),
  planIndicator('regioner-med-handlingsplan', 'Regioner med beslutad regionspecifik handlingsplan', 'region', 'regioner', ['handlingsplan'], 'region',
    'Regioner som beslutat en egen handlingsplan för omställningen.'),
  planIndicator('kommuner-med-handlingsplan', 'Kommuner med beslutad kommunspecifik handlingsplan', 'kommun', 'kommuner', ['handlingsplan'], 'kommun',
    'Kommuner som beslutat en egen handlingsplan för omställningen.'),
  planIndicator('lan-med-gemensam-plan-primarvard', 'Län med beslutad gemensam plan för primärvård', 'lan', 'län', ['gemensam_plan_primarvard'], 'lan',
    'Län där regionen och kommunerna antagit en gemensam plan för primärvården.'),
  ...PROGRAMS.map<ProgramIndicator>((program) => ({
    id: `regioner-med-program:${program}`,
    title: `Regioner som erbjuder ${PROGRAM_PHRASES[program]}`,
    unit: 'regioner',
    population: 'region',
    measure: 'program',
    program,
    description: `Regioner där en insats inom programmet (${PROGRAM_PHRASES[program]}) har startat och inte avslutats.`,
  })),
  {
    id: 'mobila-team-startade',
    title: 'Mobila team som startade under året',
    unit: 'team',
    population: null,
    measure: 'teams-started',
    description: 'Mobila team (insatser av typen mobilt team) som startade efter förra årets brytdag och senast årets brytdag.',
  },
  {
    id: 'mobila-team-aktiva',
    title: 'Aktiva mobila team',
    unit: 'team',
    population: null,
    measure: 'teams-active',
    description: 'Mobila team som hade startat och inte avslutats på brytdagen.',
  },
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export const indicatorById = (id: string): IndicatorDefinition | undefined => BY_ID.get(id);

/** "Antalet län med beslutad länsgemensam målbild": the subject of a sentence about the indicator. */
export const countPhrase = (indicator: IndicatorDefinition): string =>
  `Antalet ${indicator.title.charAt(0).toLowerCase()}${indicator.title.slice(1)}`;
