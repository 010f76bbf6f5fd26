import type { LedgerEventType } from '../ledger/domain/ledger-event.js';
import type { FocusArea, InitiativeKind, PlanKind, Program, TargetGroup } from '../ledger/domain/vocabulary.js';

/** Swedish words for the controlled vocabularies, as a reader of the pages expects them. */
export const PLAN_KIND_LABELS: Readonly<Record<PlanKind, string>> = {
  malbild: 'Målbild',
  handlingsplan: 'Handlingsplan',
  fardplan: 'Färdplan',
  strategi: 'Strategi',
  gemensam_plan_primarvard: 'Gemensam plan för primärvård',
  overenskommelse: 'Överenskommelse',
  annan: 'Annat styrdokument',
};

export const INITIATIVE_KIND_LABELS: Readonly<Record<InitiativeKind, string>> = {
  mobilt_team: 'Mobilt team',
  pilot: 'Pilot',
  tjanst: 'Tjänst',
  utbildning: 'Utbildning',
  annan: 'Annan insats',
};

export const PROGRAM_LABELS: Readonly<Record<Program, string>> = {
  halsosamtal: 'Hälsosamtal',
  '1177_direkt': '1177 direkt',
  far: 'Fysisk aktivitet på recept (FaR)',
  patientkontrakt: 'Patientkontrakt',
  fast_lakarkontakt: 'Fast läkarkontakt',
  aldremottagning: 'Äldremottagning',
  digital_vardcentral: 'Digital vårdcentral',
  ledarskapsprogram: 'Ledarskapsprogram',
  listning_per_lakare: 'Listning per läkare',
  hemsjukvard: 'Hemsjukvård',
  tidiga_insatser_psykisk_halsa: 'Tidiga insatser vid psykisk ohälsa',
};

export const FOCUS_AREA_LABELS: Readonly<Record<FocusArea, string>> = {
  personcentrering: 'Personcentrering',
  medskapande: 'Medskapande',
  samordning: 'Samordning',
  proaktivitet: 'Proaktivitet',
  tillganglighet: 'Tillgänglighet',
  kontinuitet: 'Kontinuitet',
  digitalisering: 'Digitalisering',
  kompetensforsorjning: 'Kompetensförsörjning',
  styrning_ledning: 'Styrning och ledning',
};

export const TARGET_GROUP_LABELS: Readonly<Record<TargetGroup, string>> = {
  aldre: 'Äldre',
  barn_unga: 'Barn och unga',
  psykisk_ohalsa: 'Psykisk ohälsa',
  kroniskt_sjuka: 'Kroniskt sjuka',
  multisjuka: 'Multisjuka',
  palliativ: 'Palliativ vård',
  alla: 'Alla',
};

export const EVENT_TYPE_LABELS: Readonly<Record<LedgerEventType, string>> = {
  PlanInitiated: 'Arbete inlett',
  PlanProposed: 'Förslag',
  PlanAdopted: 'Antagen',
  PlanRevised: 'Reviderad',
  PlanSuperseded: 'Ersatt',
  PlanWithdrawn: 'Återkallad',
  InitiativeRegistered: 'Registrerad',
  InitiativeDecided: 'Beslutad',
  InitiativeStarted: 'Startad',
  InitiativeScaledUp: 'Breddinförd',
  InitiativeMadePermanent: 'Permanentad',
  InitiativeEnded: 'Avslutad',
  FigurePublished: 'Siffra publicerad',
  RecordCorrected: 'Rättelse',
  RecordRetracted: 'Återtagen',
};

/** A label for a code from a vocabulary; an unknown code is shown as it is rather than hidden. */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, code: string | null | undefined): string {
  if (!code) return '';
  return (labels as Readonly<Record<string, string>>)[code] ?? code;
}
