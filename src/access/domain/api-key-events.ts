import type { Event } from '../../ledger/domain/event.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { Role } from './principal.js';

/**
 * API keys live as events in one stream of the event store, so every replica
 * on EventStoreDB shares them and the audit shows who created which key. Only
 * a SHA-256 of the key is stored, never the key.
 */
export const ACCESS_KEYS_STREAM = 'access-keys';

/** En API-nyckel skapades. */
export type ApiKeyCreated = Event<
  'ApiKeyCreated',
  {
    /** The public part of the key (`oms_<keyId>_<secret>`), used to find it. */
    keyId: string;
    /** Unique; the principal is `key:<name>`. */
    name: string;
    role: Role;
    scope: ActorId[];
    /** SHA-256 (hex) of the whole key. */
    keyHash: string;
  }
>;

export type ApiKeyEvent = ApiKeyCreated;
