/** Controlled vocabularies of the domain (shared/DESIGN.md, Domain). */

export const PLAN_KINDS = [
  'malbild',
  'handlingsplan',
  'fardplan',
  'strategi',
  'gemensam_plan_primarvard',
  'overenskommelse',
  'annan',
] as const;
/** Styrdokument kind: målbild (target vision), handlingsplan (action plan), färdplan (roadmap), … */
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_SCOPES = ['lan', 'region', 'kommun', 'national'] as const;
/** Whose plan it is: länsgemensam (joint for the county), regionspecifik, kommunspecifik, national. */
export type PlanScope = (typeof PLAN_SCOPES)[number];

export const INITIATIVE_KINDS = ['mobilt_team', 'pilot', 'tjanst', 'utbildning', 'annan'] as const;
/** Arbetssätt och insatser: mobile team, pilot, service, training, other. */
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const PROGRAMS = [
  'halsosamtal',
  '1177_direkt',
  'far',
  'patientkontrakt',
  'fast_lakarkontakt',
  'aldremottagning',
  'digital_vardcentral',
  'ledarskapsprogram',
  'listning_per_lakare',
  'hemsjukvard',
  'tidiga_insatser_psykisk_halsa',
] as const;
/** National or widely shared programmes an initiative can belong to. */
export type Program = (typeof PROGRAMS)[number];

export const TARGET_GROUPS = [
  'aldre',
  'barn_unga',
  'psykisk_ohalsa',
  'kroniskt_sjuka',
  'multisjuka',
  'palliativ',
  'alla',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const FOCUS_AREAS = [
  'personcentrering',
  'medskapande',
  'samordning',
  'proaktivitet',
  'tillganglighet',
  'kontinuitet',
  'digitalisering',
  'kompetensforsorjning',
  'styrning_ledning',
] as const;
/** The four shifts of the transition plus the enabling areas. */
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** `lan:17`, `region:17`, `kommun:1784`, `national:skr`. */
export type ActorId = string;

/** An EDTF (ISO 8601-2) date string exactly as recorded: `2022-03-28`, `2022-03`, `2022`, `2022-21`, `2022~`. */
export type EdtfDate = string;

/** Where a fact comes from. A decision without a source title is not accepted. */
export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
}
