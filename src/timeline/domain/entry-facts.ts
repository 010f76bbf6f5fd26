import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { Decision, FigureData, InitiativeHead, PlanHead } from '../../projections/domain/compact-data.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import type { EntryData, LanOf } from './timeline-state.js';

/** What filters and tags look at: an entry's decision date, actors and what it is about. */
export interface EntryFacts {
  readonly date: DayDate | null;
  readonly actors: readonly ActorId[];
  readonly kind: string | null;
  readonly program: string | null;
  readonly focusAreas: readonly string[];
  readonly targetGroups: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Facts of an entry's data, given its subject's head data (a plan's owner and kind, an initiative's owners and program). */
export function factsOf(type: LedgerEventType, data: EntryData, head: EntryData | null): EntryFacts {
  switch (type) {
    case 'PlanInitiated': {
      const plan = data as PlanHead;
      return planFacts(dayDate(plan.initiatedOn), [plan.owner], plan);
    }
    case 'PlanProposed': {
      const plan = head as PlanHead | null;
      const by = (data as Decision).proposedBy ?? plan?.owner;
      return planFacts(dayDate((data as Decision).decidedOn), by ? [by] : NONE, plan);
    }
    case 'PlanAdopted': {
      const party = (data as Decision).party;
      return planFacts(dayDate((data as Decision).decidedOn), party ? [party] : NONE, head as PlanHead | null);
    }
    case 'PlanRevised':
    case 'PlanSuperseded':
    case 'PlanWithdrawn': {
      const plan = head as PlanHead | null;
      return planFacts(dayDate((data as Decision).decidedOn), plan ? [plan.owner] : NONE, plan);
    }
    case 'InitiativeRegistered':
      return initiativeFacts(null, data as InitiativeHead);
    case 'InitiativeDecided':
    case 'InitiativeStarted':
    case 'InitiativeScaledUp':
    case 'InitiativeMadePermanent':
    case 'InitiativeEnded':
      return initiativeFacts(dayDate((data as Decision).decidedOn), head as InitiativeHead | null);
    case 'FigurePublished': {
      const figure = data as FigureData;
      return { date: dayDate(figure.decidedOn), actors: [figure.publisher], kind: null, program: null, focusAreas: NONE, targetGroups: NONE };
    }
    case 'RecordCorrected':
    case 'RecordRetracted':
      return { date: null, actors: NONE, kind: null, program: null, focusAreas: NONE, targetGroups: NONE };
  }
}

function planFacts(date: DayDate | null, actors: readonly ActorId[], plan: PlanHead | null): EntryFacts {
  return { date, actors, kind: plan?.kind ?? null, program: null, focusAreas: NONE, targetGroups: NONE };
}

function initiativeFacts(date: DayDate | null, initiative: InitiativeHead | null): EntryFacts {
  return {
    date,
    actors: initiative?.owners ?? NONE,
    kind: initiative?.kind ?? null,
    program: initiative?.program ?? null,
    focusAreas: initiative?.focusAreas ?? NONE,
    targetGroups: initiative?.targetGroups ?? NONE,
  };
}

/** The index tags of an entry: everything a query can select it by. */
export function tagsOf(facts: EntryFacts, lanOf: LanOf): string[] {
  const tags = ['all'];
  for (const actor of facts.actors) {
    tags.push(`actor:${actor}`);
    const lan = lanOf(actor);
    if (lan) tags.push(`lan:${lan}`);
  }
  if (facts.kind) tags.push(`kind:${facts.kind}`);
  if (facts.program) tags.push(`program:${facts.program}`);
  for (const focus of facts.focusAreas) tags.push(`focus:${focus}`);
  for (const target of facts.targetGroups) tags.push(`target:${target}`);
  return tags;
}
