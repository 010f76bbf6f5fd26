import { randomUUID } from 'node:crypto';
import { mayRecordFor, mayWrite, trustedPrincipal, type Principal } from '../../access/domain/principal.js';
import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import {
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '../../event-store/event-store.port.js';
import type { CommandEnvelope, LedgerCommand } from '../domain/commands.js';
import { DomainError } from '../domain/domain-error.js';
import { deriveEventId, deriveId } from '../domain/event-ids.js';
import { headOf, sealEvents } from '../domain/seal-events.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { decideCommand } from './decide-command.js';
import { EventLocator } from './event-locator.js';
import { KeyedLock } from './keyed-lock.js';
import { parseEnvelope } from './parse-envelope.js';
import { streamOfCommand } from './stream-of-command.js';

/** Attempts of read-decide-append when another process changes the stream in between. */
const MAX_ATTEMPTS = 10;
/** Idempotency-derived ids are looked up for this many events of one command. */
const MAX_EVENTS_PER_COMMAND = 16;

export interface Clock {
  now(): Date;
}

/**
 * Handles every ledger command, from HTTP and from imports alike: validate the
 * envelope, read the stream, fold it, decide, check the recorder's scope, seal
 * the events into the hash chain and append with the revision read. A
 * concurrent change by another writer is retried; an `If-Match` revision is
 * not; an idempotency key already used answers with the first result.
 */
export class CommandExecutor {
  private readonly lock = new KeyedLock();
  private readonly locator: EventLocator;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly actors: ActorRegistry,
  ) {
    this.locator = new EventLocator(store);
  }

  async execute(envelope: unknown, context: CommandContext): Promise<CommandResult> {
    const command = parseEnvelope(envelope);
    const principal = typeof context.principal === 'string' ? trustedPrincipal(context.principal) : context.principal;
    if (!mayWrite(principal)) {
      throw new DomainError('AUTH.FORBIDDEN', `${principal.id} har rollen ${principal.role} och får inte registrera`, undefined, 'role');
    }
    const stream = await streamOfCommand(command, this.locator);
    const result = await this.lock.run(stream, () => this.handle(command, stream, principal, context));
    this.locator.remember(result.eventId, stream);
    return result;
  }

  private async handle(command: CommandEnvelope, stream: string, principal: Principal, context: CommandContext): Promise<CommandResult> {
    const key = context.idempotencyKey;
    const ids = (count: number) =>
      Array.from({ length: count }, (_, index) => (key === undefined ? randomUUID() : deriveEventId(principal.id, key, index)));
    const commandId = key === undefined ? randomUUID() : deriveId(principal.id, key, 'command');
    const correlationId = context.correlationId ?? commandId;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const recorded = await this.read(stream);
      const replay = key === undefined ? null : this.replayOf(recorded, principal.id, key);
      if (replay) return replay;
      const current = recorded.at(-1)?.revision ?? -1;
      if (context.expectedRevision !== undefined && context.expectedRevision !== current) throw wrongRevision(context.expectedRevision, current);
      const now = this.clock.now();
      const decision = await decideCommand(command, recorded, { now, actors: this.actors, readStream: (name) => this.read(name) });
      if (!mayRecordFor(principal, decision.concerned, this.actors)) throw outOfScope(principal, command, decision.concerned);
      const sealed = sealEvents(stream, headOf(recorded.at(-1)), decision.events, ids(decision.events.length), {
        principal: principal.id,
        recordedAt: now,
        source: command.source,
        correlationId,
        causationId: context.causationId ?? commandId,
        idempotencyKey: key,
      });
      try {
        const appended = await this.store.append(stream, sealed, current < 0 ? 'no_stream' : current);
        return { eventId: sealed[sealed.length - 1].id, stream, revision: appended.revision, position: appended.position, replayed: false };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (context.expectedRevision !== undefined) throw wrongRevision(context.expectedRevision, error.actual === 'no_stream' ? -1 : error.actual);
        if ((error.actual === 'no_stream' ? -1 : error.actual) === current) throw keyReused(key);
      }
    }
    throw new DomainError('COMMAND.CONCURRENT_CHANGES', `Strömmen ${stream} ändrades samtidigt ${MAX_ATTEMPTS} gånger; försök igen`, undefined, 'concurrency');
  }

  private async read(stream: string): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(stream);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /** The answer an earlier command with this key got: its events are already in the stream. */
  private replayOf(recorded: readonly RecordedEvent[], principal: string, key: string): CommandResult | null {
    const byId = new Map(recorded.map((event) => [event.id, event]));
    let last: RecordedEvent | undefined;
    for (let index = 0; index < MAX_EVENTS_PER_COMMAND; index += 1) {
      const event = byId.get(deriveEventId(principal, key, index));
      if (!event) break;
      last = event;
    }
    return last ? { eventId: last.id, stream: last.stream, revision: last.revision, position: last.position, replayed: true } : null;
  }
}

const wrongRevision = (expected: number, actual: number) =>
  new DomainError('COMMAND.WRONG_REVISION', `If-Match: strömmen är nu på revision ${actual}, inte ${expected}; läs om och försök igen`, 'If-Match', 'expected-revision');

/** The append was refused although nobody changed the stream: the derived id is already stored elsewhere. */
const keyReused = (key: string | undefined) =>
  new DomainError('COMMAND.IDEMPOTENCY_KEY_REUSED', `Idempotency-Key "${key ?? ''}" användes redan för ett annat kommando`, 'Idempotency-Key', 'unique-key');

/** The body field naming whom a command concerns, so a 403 says which value was out of scope. */
const SCOPE_FIELD: Partial<Record<LedgerCommand['command'], string>> = {
  InitiatePlan: 'owner',
  AdoptPlan: 'party',
  RegisterInitiative: 'owners',
  PublishFigure: 'publisher',
  CorrectRecord: 'eventId',
  RetractRecord: 'eventId',
};

function outOfScope(principal: Principal, command: CommandEnvelope, concerned: readonly string[]): DomainError {
  const field = SCOPE_FIELD[command.command] ?? ('planId' in command.data ? 'planId' : 'initiativeId');
  const scope = principal.scope.length > 0 ? principal.scope.join(', ') : 'inga aktörer';
  return new DomainError('AUTH.OUT_OF_SCOPE', `Nyckeln ${principal.id} får registrera för ${scope}, inte för ${concerned.join(', ')}`, field, 'recorder-scope');
}
