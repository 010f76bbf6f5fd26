import type { InitiativeRecord, InitiativesState } from '../../indicators/domain/initiatives-state.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import type { ActorId, EdtfDate, FocusArea, InitiativeKind, Program, TargetGroup } from '../../ledger/domain/vocabulary.js';
import { inIdOrder } from '../../projections/domain/id-order.js';
import { cachedAtNow } from '../../projections/domain/now-cache.js';
import { eventsNow } from '../../projections/domain/versioned.js';
import { initiativeDecider } from '../domain/decide-initiative.js';
import type { Initiative, InitiativeEventWithId, InitiativeStage } from '../domain/initiative-state.js';

/** One line of GET /initiatives: the initiative's own fields as folded, and since when it is at its stage. */
export interface InitiativeSummary
  extends Pick<Initiative, 'initiativeId' | 'title' | 'kind' | 'program' | 'owners' | 'lan' | 'targetGroups' | 'focusAreas' | 'stage'> {
  /** Decision date of the step that brought it to its stage; null while only registered. */
  readonly stageSince: EdtfDate | null;
}

/** The initiative's events as the record now reads, folded by its own decider (see `planSummary`). */
function summarise(initiative: InitiativeRecord): InitiativeSummary | null {
  const events = eventsNow(initiative.head, 'InitiativeRegistered', (head) => ({ initiativeId: initiative.id, ...head }), initiative.transitions);
  if (!events) return null;
  const folded = foldEvents(initiativeDecider, events as InitiativeEventWithId[]);
  if (!folded.exists) return null;
  const { initiativeId, title, kind, program, owners, lan, targetGroups, focusAreas, stage, transitions } = folded;
  return { initiativeId, title, kind, program, owners, lan, targetGroups, focusAreas, stage, stageSince: transitions.at(-1)?.decidedOn ?? null };
}

/** The initiative's line, or null when its registration was retracted; kept until the initiative changes. */
export const initiativeSummary = (initiative: InitiativeRecord): InitiativeSummary | null =>
  cachedAtNow(initiative, 'listCache', null, () => summarise(initiative));

export interface InitiativeListFilter {
  readonly kind?: InitiativeKind;
  readonly program?: Program;
  readonly lan?: ActorId;
  /** Initiatives the actor is one of the owners of. */
  readonly owner?: ActorId;
  readonly stage?: InitiativeStage;
  readonly targetGroup?: TargetGroup;
  readonly focusArea?: FocusArea;
}

/** Initiatives matching the filter, ordered by id. Retracted initiatives are left out. */
export function listInitiatives(state: InitiativesState, filter: InitiativeListFilter): InitiativeSummary[] {
  const result: InitiativeSummary[] = [];
  for (const record of inIdOrder(state.initiatives)) {
    const initiative = initiativeSummary(record);
    if (
      initiative &&
      (!filter.kind || initiative.kind === filter.kind) &&
      (!filter.program || initiative.program === filter.program) &&
      (!filter.lan || initiative.lan === filter.lan) &&
      (!filter.owner || initiative.owners.includes(filter.owner)) &&
      (!filter.stage || initiative.stage === filter.stage) &&
      (!filter.targetGroup || initiative.targetGroups.includes(filter.targetGroup)) &&
      (!filter.focusArea || initiative.focusAreas.includes(filter.focusArea))
    )
      result.push(initiative);
  }
  return result;
}
