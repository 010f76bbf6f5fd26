import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { requireActor, requireDistinct, requireOneOf } from '../../ledger/domain/rules.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { ApiKeyCreated } from './api-key-events.js';
import { ROLES } from './principal.js';

export interface CreateApiKey {
  readonly name: string;
  readonly role: string;
  readonly scope?: readonly ActorId[];
}

export interface ApiKeyRecord {
  readonly keyId: string;
  readonly name: string;
  readonly role: ApiKeyCreated['data']['role'];
  readonly scope: readonly ActorId[];
  readonly keyHash: string;
}

const NAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** Decides a new key: a unique name, a known role, and for a recorder a scope of known actors. */
export function decideApiKey(
  command: CreateApiKey,
  existing: readonly ApiKeyRecord[],
  generated: { readonly keyId: string; readonly keyHash: string },
  actors: ActorRegistry,
): ApiKeyCreated {
  if (!NAME.test(command.name)) {
    throw new DomainError('KEY.INVALID_NAME', 'name får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (högst 64 tecken)', 'name', 'key-name');
  }
  if (existing.some((key) => key.name === command.name)) {
    throw new DomainError('KEY.NAME_TAKEN', `Det finns redan en nyckel med namnet ${command.name}`, 'name', 'unique-name');
  }
  const role = requireOneOf(ROLES, command.role, 'role', 'KEY.UNKNOWN_ROLE');
  const scope = [...(command.scope ?? [])];
  if (role === 'recorder' && scope.length === 0) {
    throw new DomainError('KEY.SCOPE_REQUIRED', 'En registrerande nyckel behöver scope: de aktörer den får registrera för, t.ex. lan:17', 'scope', 'non-empty');
  }
  if (role !== 'recorder' && scope.length > 0) {
    throw new DomainError('KEY.SCOPE_NOT_ALLOWED', `scope anges bara för rollen recorder, inte ${role}`, 'scope', 'recorder-only');
  }
  scope.forEach((actor, index) => requireActor(actors, actor, `scope[${index}]`));
  requireDistinct(scope, 'scope', 'KEY.DUPLICATE_SCOPE');
  return { type: 'ApiKeyCreated', data: { keyId: generated.keyId, name: command.name, role, scope, keyHash: generated.keyHash } };
}

export const evolveApiKeys = (keys: readonly ApiKeyRecord[], event: ApiKeyCreated): ApiKeyRecord[] => [...keys, event.data];
