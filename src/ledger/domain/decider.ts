import type { ActorRegistry } from '../../actors/domain/actor-registry.js';

/** What a decision may depend on besides the command and the state: record time and the reference data. */
export interface DecideContext {
  /** Record time: the server clock when the command is handled. */
  readonly now: Date;
  readonly actors: ActorRegistry;
}

/** The decider pattern: the aggregate is a fold of its events, a command is decided against that state. */
export interface Decider<Command, Event, State, Context extends DecideContext = DecideContext> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** Returns the events to record, or throws a DomainError. Pure. */
  decide(command: Command, state: State, context: Context): Event[];
}

export function foldEvents<Event, State>(decider: Pick<Decider<never, Event, State>, 'initialState' | 'evolve'>, events: readonly Event[]): State {
  return events.reduce(decider.evolve, decider.initialState());
}
