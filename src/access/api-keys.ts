import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { loadActorRegistry } from '../actors/load-actor-registry.js';
import {
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '../event-store/event-store.port.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { headOf, sealEvents } from '../ledger/domain/seal-events.js';
import type { ActorId } from '../ledger/domain/vocabulary.js';
import { ACCESS_KEYS_STREAM, type ApiKeyCreated } from './domain/api-key-events.js';
import { decideApiKey, evolveApiKeys, type ApiKeyRecord, type CreateApiKey } from './domain/decide-api-key.js';
import type { Role } from './domain/principal.js';

/** Keys read `oms_<keyId>_<secret>`: the id finds the stored hash, the 256-bit secret is never stored. */
const KEY_PATTERN = /^oms_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** The non-secret id of a well-formed key, or null; safe to log. */
export const keyIdOf = (token: string): string | null => KEY_PATTERN.exec(token)?.[1] ?? null;

export const principalIdOfKey = (name: string): string => `key:${name}`;

export function generateApiKey(): { readonly key: string; readonly keyId: string; readonly keyHash: string } {
  const keyId = randomBytes(6).toString('hex');
  const key = `oms_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { key, keyId, keyHash: hashApiKey(key) };
}

export async function readApiKeyEvents(store: EventStore, fromRevision = 0): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(ACCESS_KEYS_STREAM, { fromRevision });
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
}

export const apiKeyRecordsOf = (events: readonly RecordedEvent[]): ApiKeyRecord[] =>
  events.filter((event) => event.type === 'ApiKeyCreated').map((event) => event as unknown as ApiKeyCreated).reduce(evolveApiKeys, []);

export interface CreatedApiKey {
  /** The key itself: shown once, stored nowhere. */
  readonly key: string;
  readonly keyId: string;
  readonly name: string;
  readonly role: Role;
  readonly scope: readonly ActorId[];
  /** How the audit names whatever this key records: `key:<name>`. */
  readonly principal: string;
  readonly eventId: string;
}

export interface CreateApiKeyOptions {
  readonly clock: { now(): Date };
  /** Principal creating it: `cli:<user>` from the command line, `key:<name>` or `env:ADMIN_API_KEY` over HTTP. */
  readonly createdBy: string;
  readonly correlationId?: string;
  readonly actors?: ActorRegistry;
}

/**
 * Creates an API key and records its hash as an `ApiKeyCreated` event in the
 * `access-keys` stream. The CLI command and `POST /access/keys` both use it.
 * Throws DomainError (`KEY.*`, `ACTOR.UNKNOWN`) for a refused request.
 */
export async function createApiKey(store: EventStore, request: CreateApiKey, options: CreateApiKeyOptions): Promise<CreatedApiKey> {
  const actors = options.actors ?? loadActorRegistry();
  const generated = generateApiKey();
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const recorded = await readApiKeyEvents(store);
    const event = decideApiKey(request, apiKeyRecordsOf(recorded), generated, actors);
    const id = randomUUID();
    const [sealed] = sealEvents(ACCESS_KEYS_STREAM, headOf(recorded.at(-1)), [event], [id], {
      principal: options.createdBy,
      recordedAt: options.clock.now(),
      source: { title: `API-nyckel ${request.name} skapad av ${options.createdBy}` },
      correlationId: options.correlationId ?? id,
      causationId: id,
    });
    try {
      await store.append(ACCESS_KEYS_STREAM, [sealed], recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].revision);
      const { keyId, name, role, scope } = event.data;
      return { key: generated.key, keyId, name, role, scope, principal: principalIdOfKey(name), eventId: id };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
  throw new DomainError('COMMAND.CONCURRENT_CHANGES', 'Nyckellistan ändrades samtidigt för många gånger; försök igen', undefined, 'concurrency');
}
