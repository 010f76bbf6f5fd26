import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';

export const ROLES = ['reader', 'recorder', 'admin'] as const;
/** reader: reads when reads need a key; recorder: records for the actors in its scope; admin: everything, creates keys. */
export type Role = (typeof ROLES)[number];

/**
 * Who is acting. `id` is what the audit shows: `key:<name>` for an API key,
 * `env:ADMIN_API_KEY` for the bootstrap admin, `import:<file>` or `cli:<user>`
 * for trusted local callers.
 */
export interface Principal {
  readonly id: string;
  readonly role: Role;
  /** Actors a recorder may record for; a län covers its region and kommuner. Empty for admin and reader. */
  readonly scope: readonly ActorId[];
}

/** A caller on this machine (the importer, the CLI): it holds the database, so it acts as admin. */
export const trustedPrincipal = (id: string): Principal => ({ id, role: 'admin', scope: [] });

export const mayWrite = (principal: Principal): boolean => principal.role === 'recorder' || principal.role === 'admin';

/**
 * Whether the principal may record a decision that concerns these actors (the
 * adopting party, the plan's owner, the initiative's owners, the publisher):
 * an admin always, a recorder when its scope covers at least one of them.
 */
export function mayRecordFor(principal: Principal, concerned: readonly ActorId[], actors: ActorRegistry): boolean {
  if (principal.role === 'admin') return true;
  if (principal.role !== 'recorder') return false;
  return concerned.some((actor) => principal.scope.some((scope) => actors.covers(scope, actor)));
}
