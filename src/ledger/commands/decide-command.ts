import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import { decideCorrection } from '../../corrections/domain/decide-correction.js';
import { effectiveEvents, recordsOf, type RecordLike } from '../../corrections/domain/effective-events.js';
import type { RecordedEvent } from '../../event-store/event-store.port.js';
import { decideFigure, figureDecider } from '../../figures/domain/decide-figure.js';
import type { FigureEvent } from '../../figures/domain/figure-events.js';
import { decideInitiative, initiativeDecider } from '../../initiatives/domain/decide-initiative.js';
import type { InitiativeEventWithId } from '../../initiatives/domain/initiative-state.js';
import { decidePlan, planDecider } from '../../plans/domain/decide-plan.js';
import type { PlanEventWithId, PlanState } from '../../plans/domain/plan-state.js';
import type { LedgerCommand } from '../domain/commands.js';
import { foldEvents } from '../domain/decider.js';
import { LEDGER_EVENT_TYPES } from '../domain/ledger-event.js';
import { streams } from '../domain/streams.js';
import type { ActorId } from '../domain/vocabulary.js';

/** The events a command decided, and the actors it concerns (for the recorder's scope). */
export interface Decision {
  readonly events: readonly { readonly type: string; readonly data: Record<string, unknown> }[];
  readonly concerned: readonly ActorId[];
}

export interface DecisionInputs {
  readonly now: Date;
  readonly actors: ActorRegistry;
  /** Reads another stream (a superseding plan); empty when it does not exist. */
  readonly readStream: (stream: string) => Promise<readonly RecordedEvent[]>;
}

const KNOWN_TYPES = new Set<string>(LEDGER_EVENT_TYPES);
const asRecords = (recorded: readonly RecordedEvent[]): RecordLike[] =>
  recorded.filter((event) => KNOWN_TYPES.has(event.type)).map(({ id, type, data }) => ({ id, type, data }));

/** The stream as it now reads (corrections applied, retractions left out), as domain events. */
const effective = <E>(recorded: readonly RecordedEvent[]) => effectiveEvents(asRecords(recorded)) as unknown as E[];

const planOf = (recorded: readonly RecordedEvent[]): PlanState => foldEvents(planDecider, effective<PlanEventWithId>(recorded));

/** Owners of the aggregate a stream holds, from its first event, even when that event was since retracted. */
function ownersOf(records: readonly RecordLike[]): ActorId[] {
  const first = records[0];
  if (first?.type === 'PlanInitiated') return [String(first.data.owner)];
  if (first?.type === 'InitiativeRegistered') return (first.data.owners as ActorId[]) ?? [];
  return [];
}

/** Folds the target stream, decides the command, and names whom the decision concerns. */
export async function decideCommand(command: LedgerCommand, recorded: readonly RecordedEvent[], inputs: DecisionInputs): Promise<Decision> {
  const { now, actors } = inputs;
  switch (command.command) {
    case 'InitiatePlan':
    case 'ProposePlan':
    case 'AdoptPlan':
    case 'RevisePlan':
    case 'SupersedePlan':
    case 'WithdrawPlan': {
      const state = planOf(recorded);
      const supersedingPlan =
        command.command === 'SupersedePlan' ? planOf(await inputs.readStream(streams.plan(command.data.supersededBy))) : undefined;
      const events = decidePlan(command, state, { now, actors, supersedingPlan });
      const owner = state.exists ? [state.owner] : [];
      const concerned = events.flatMap((event) =>
        event.type === 'PlanInitiated' ? [event.data.owner] : event.type === 'PlanAdopted' ? [event.data.party, ...owner] : owner,
      );
      return { events, concerned };
    }
    case 'RegisterInitiative':
    case 'DecideInitiative':
    case 'StartInitiative':
    case 'ScaleUpInitiative':
    case 'MakeInitiativePermanent':
    case 'EndInitiative': {
      const state = foldEvents(initiativeDecider, effective<InitiativeEventWithId>(recorded));
      const events = decideInitiative(command, state, { now, actors });
      return { events, concerned: state.exists ? state.owners : command.command === 'RegisterInitiative' ? command.data.owners : [] };
    }
    case 'PublishFigure': {
      const events = decideFigure(command, foldEvents(figureDecider, effective<FigureEvent>(recorded)), { now, actors });
      return { events, concerned: [command.data.publisher] };
    }
    case 'CorrectRecord':
    case 'RetractRecord': {
      const records = asRecords(recorded);
      const byId = recordsOf(records);
      const events = decideCorrection(command, byId, { now, actors });
      const target = byId.get(command.data.eventId)?.data ?? {};
      const concerned = [...ownersOf(records), ...[target.party, target.publisher].filter((a): a is string => typeof a === 'string')];
      return { events, concerned };
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
