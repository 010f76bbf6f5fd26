import type {
  ActorId,
  EdtfDate,
  FocusArea,
  InitiativeKind,
  PlanKind,
  PlanScope,
  Program,
  Source,
  TargetGroup,
} from './vocabulary.js';

/**
 * The commands the ledger takes, as HTTP bodies and as lines of an NDJSON
 * import (`{"command":"AdoptPlan","data":{…},"source":{…}}`). Optional fields
 * may be omitted; the deciders fill defaults (e.g. a länsgemensam plan's parties).
 */
export interface InitiatePlan {
  /** Slug chosen by the recorder (`varmland-malbild-2022`); generated when omitted over HTTP. */
  planId: string;
  title: string;
  kind: PlanKind;
  scope: PlanScope;
  lan?: ActorId;
  owner?: ActorId;
  parties?: ActorId[];
  initiatedOn?: EdtfDate;
  description?: string;
}
export interface ProposePlan { planId: string; decidedOn: EdtfDate; proposedBy?: ActorId }
export interface AdoptPlan { planId: string; party: ActorId; decidedOn: EdtfDate; decidedBy: string }
export interface RevisePlan { planId: string; decidedOn: EdtfDate; title?: string; description?: string }
export interface SupersedePlan { planId: string; supersededBy: string; decidedOn: EdtfDate }
export interface WithdrawPlan { planId: string; decidedOn: EdtfDate; reason: string }

export interface RegisterInitiative {
  initiativeId: string;
  title: string;
  kind: InitiativeKind;
  program?: Program;
  owners: ActorId[];
  lan?: ActorId;
  targetGroups?: TargetGroup[];
  focusAreas?: FocusArea[];
  description?: string;
}
export interface InitiativeTransition { initiativeId: string; decidedOn: EdtfDate; decidedBy?: string; note?: string }

export interface PublishFigure {
  figureId?: string;
  indicatorId: string;
  year: number;
  value: number;
  numerator?: number;
  denominator?: number;
  publisher: ActorId;
  decidedOn?: EdtfDate;
  note?: string;
}

export interface CorrectRecord { eventId: string; fields: Record<string, unknown>; reason: string }
export interface RetractRecord { eventId: string; reason: string }

export type LedgerCommand =
  | { command: 'InitiatePlan'; data: InitiatePlan }
  | { command: 'ProposePlan'; data: ProposePlan }
  | { command: 'AdoptPlan'; data: AdoptPlan }
  | { command: 'RevisePlan'; data: RevisePlan }
  | { command: 'SupersedePlan'; data: SupersedePlan }
  | { command: 'WithdrawPlan'; data: WithdrawPlan }
  | { command: 'RegisterInitiative'; data: RegisterInitiative }
  | { command: 'DecideInitiative'; data: InitiativeTransition }
  | { command: 'StartInitiative'; data: InitiativeTransition }
  | { command: 'ScaleUpInitiative'; data: InitiativeTransition }
  | { command: 'MakeInitiativePermanent'; data: InitiativeTransition }
  | { command: 'EndInitiative'; data: InitiativeTransition }
  | { command: 'PublishFigure'; data: PublishFigure }
  | { command: 'CorrectRecord'; data: CorrectRecord }
  | { command: 'RetractRecord'; data: RetractRecord };

/** One line of an import file. */
export type CommandEnvelope = LedgerCommand & { source: Source };
