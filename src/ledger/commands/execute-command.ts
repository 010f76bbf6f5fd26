import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { CommandExecutor, type Clock } from './command-executor.js';

const executors = new WeakMap<EventStore, WeakMap<Clock, CommandExecutor>>();

/**
 * The one executor per store and clock, shared by the HTTP controllers and any
 * importer in the same process, so they queue on the same stream locks and
 * share one event index.
 */
export function commandExecutorFor(store: EventStore, clock: Clock): CommandExecutor {
  let byClock = executors.get(store);
  if (!byClock) executors.set(store, (byClock = new WeakMap()));
  let executor = byClock.get(clock);
  if (!executor) byClock.set(clock, (executor = new CommandExecutor(store, clock, loadActorRegistry())));
  return executor;
}

export interface ExecuteCommandContext extends CommandContext {
  readonly store: EventStore;
  readonly clock: Clock;
}

/**
 * Records one command envelope (`{ command, data, source }`), validated by the
 * same DTO shapes and deciders as HTTP. For an import line pass
 * `{ store, clock, principal: 'import:<file>', idempotencyKey: '<file>:<line>' }`:
 * the event ids derive from principal and key, so a re-run writes nothing twice.
 * Throws DomainError (refused), StoreUnavailableError (store down).
 */
export function executeCommand(envelope: unknown, context: ExecuteCommandContext): Promise<CommandResult> {
  const { store, clock, ...commandContext } = context;
  return commandExecutorFor(store, clock).execute(envelope, commandContext);
}
