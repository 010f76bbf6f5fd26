import type { LedgerEventType } from '../ledger/domain/ledger-event.js';
import { formatDecisionDate } from './format.js';

/** What a sentence about one ledger event is built from; names are display names. */
export interface SentenceInput {
  readonly type: LedgerEventType;
  /** The plan's or initiative's title, or what a figure describes. */
  readonly title: string;
  /** Who decided ("Arvika kommun"), when known. */
  readonly actor: string | null;
  readonly decidedOn: string | null;
}

const VERBS: Readonly<Record<LedgerEventType, string>> = {
  PlanInitiated: 'inledde arbetet med',
  PlanProposed: 'lade fram förslag till',
  PlanAdopted: 'antog',
  PlanRevised: 'reviderade',
  PlanSuperseded: 'ersatte',
  PlanWithdrawn: 'återkallade',
  InitiativeRegistered: 'registrerade insatsen',
  InitiativeDecided: 'beslutade om',
  InitiativeStarted: 'startade',
  InitiativeScaledUp: 'breddinförde',
  InitiativeMadePermanent: 'permanentade',
  InitiativeEnded: 'avslutade',
  FigurePublished: 'publicerade en siffra:',
  RecordCorrected: 'rättade uppgifter om',
  RecordRetracted: 'tog tillbaka en uppgift om',
};

/** "Arvika kommun antog Värmlands målbild (28 mars 2022)." — one event in plain Swedish. */
export function decisionSentence(input: SentenceInput): string {
  const when = input.decidedOn ? ` (${formatDecisionDate(input.decidedOn)})` : '';
  if (input.type === 'RecordCorrected') return `Rättelse: ${input.title}${when}`;
  if (input.type === 'RecordRetracted') return `Återtagen uppgift: ${input.title}${when}`;
  const actor = input.actor ?? 'Okänd part';
  return `${actor} ${VERBS[input.type]} ${input.title}${when}`;
}
