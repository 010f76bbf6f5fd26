import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { Initiative } from '../domain/initiative-state.js';

export type InitiativeDetails = Omit<Initiative, 'exists' | 'owners'> & {
  readonly owners: readonly { readonly id: ActorId; readonly name: string }[];
  /** Stream revision: send it as If-Match to refuse a command if the initiative changed meanwhile. */
  readonly revision: number;
};

/** GET /initiatives/{id}: the initiative, its owners by name, and each step with its decision date. */
export function initiativeDetails(initiative: Initiative, actors: ActorRegistry, revision: number): InitiativeDetails {
  const { exists: _exists, owners, ...rest } = initiative;
  return { ...rest, owners: owners.map((id) => ({ id, name: actors.get(id)?.name ?? id })), revision };
}
