import type { RecordLike } from '../../corrections/domain/effective-events.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import type { ActorId, EdtfDate, FocusArea, InitiativeKind, Program, TargetGroup } from '../../ledger/domain/vocabulary.js';
import { aggregateListProjection, summaries, type AggregateListState } from '../../ledger/read/aggregate-list.js';
import { initiativeDecider } from '../domain/decide-initiative.js';
import type { Initiative, InitiativeEventWithId, InitiativeStage } from '../domain/initiative-state.js';

/** One line of GET /initiatives: the initiative's own fields as folded, and since when it is at its stage. */
export interface InitiativeSummary
  extends Pick<Initiative, 'initiativeId' | 'title' | 'kind' | 'program' | 'owners' | 'lan' | 'targetGroups' | 'focusAreas' | 'stage'> {
  /** Decision date of the step that brought it to its stage; null while only registered. */
  readonly stageSince: EdtfDate | null;
}

export type InitiativeListState = AggregateListState<InitiativeSummary>;

export const initiativeListProjection = aggregateListProjection<InitiativeSummary>('initiative-list', 'initiative');

function summarise(events: RecordLike[]): InitiativeSummary | null {
  const initiative = foldEvents(initiativeDecider, events as unknown as InitiativeEventWithId[]);
  if (!initiative.exists) return null;
  const { initiativeId, title, kind, program, owners, lan, targetGroups, focusAreas, stage, transitions } = initiative;
  return { initiativeId, title, kind, program, owners, lan, targetGroups, focusAreas, stage, stageSince: transitions.at(-1)?.decidedOn ?? null };
}

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
export function listInitiatives(state: InitiativeListState, filter: InitiativeListFilter): InitiativeSummary[] {
  return summaries(state, summarise).filter(
    (initiative) =>
      (!filter.kind || initiative.kind === filter.kind) &&
      (!filter.program || initiative.program === filter.program) &&
      (!filter.lan || initiative.lan === filter.lan) &&
      (!filter.owner || initiative.owners.includes(filter.owner)) &&
      (!filter.stage || initiative.stage === filter.stage) &&
      (!filter.targetGroup || initiative.targetGroups.includes(filter.targetGroup)) &&
      (!filter.focusArea || initiative.focusAreas.includes(filter.focusArea)),
  );
}
