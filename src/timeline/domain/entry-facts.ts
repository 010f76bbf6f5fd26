import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { Decision, FigureData, InitiativeHead, PlanHead } from '../../projections/domain/compact-data.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { internString } from '../../projections/domain/intern.js';
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

/**
 * The index tags of an entry: the selective things a query picks it by
 * (actor, län, kind, program). Focus areas and target groups are shared by
 * many entries each, so a query filters them while walking another index
 * rather than every entry paying for more index places.
 */
export function tagsOf(facts: EntryFacts, lanOf: LanOf): string[] {
  const tags = ['all'];
  for (const actor of facts.actors) {
    if (!tags.includes(`actor:${actor}`)) tags.push(internString(`actor:${actor}`));
    const lan = lanOf(actor);
    // Two owners in one län (a kommun and its region) place the entry in the län's index once.
    if (lan && !tags.includes(`lan:${lan}`)) tags.push(internString(`lan:${lan}`));
  }
  if (facts.kind) tags.push(internString(`kind:${facts.kind}`));
  if (facts.program) tags.push(internString(`program:${facts.program}`));
  return tags;
}
