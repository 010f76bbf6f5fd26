import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { DomainError } from '../ledger/domain/domain-error.js';
import { INITIATIVE_KINDS, PLAN_KINDS } from '../ledger/domain/vocabulary.js';
import type { LiveFilter } from './live-entry.js';
import { resumePosition } from './sse.js';

export interface LiveRequest {
  readonly filter: LiveFilter;
  /** Resume after this global position; null for live only. */
  readonly after: number | null;
}

const KINDS = new Set<string>([...PLAN_KINDS, ...INITIATIVE_KINDS]);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads and checks the query of `GET /events/live`; a bad value is refused with the field named, before the stream opens. */
export function parseLiveRequest(query: Readonly<Record<string, unknown>>, lastEventIdHeader: string | undefined, actors: ActorRegistry): LiveRequest {
  const lan = text(query.lan);
  const actor = text(query.actor);
  const kind = text(query.kind);
  if (lan !== undefined && actors.get(lan)?.kind !== 'lan') {
    throw new DomainError('LIVE.UNKNOWN_LAN', `lan: "${lan}" är inget län; ange t.ex. lan:17`, 'lan', 'known-lan');
  }
  if (actor !== undefined && !actors.has(actor)) {
    throw new DomainError('LIVE.UNKNOWN_ACTOR', `actor: "${actor}" är ingen känd aktör; ange t.ex. kommun:1784 eller region:17`, 'actor', 'known-actor');
  }
  if (kind !== undefined && !KINDS.has(kind)) {
    throw new DomainError('LIVE.UNKNOWN_KIND', `kind: "${kind}" är inget plan- eller insatsslag; välj ett av ${[...KINDS].join(', ')}`, 'kind', 'known-kind');
  }
  const after = resumePosition(lastEventIdHeader, text(query.lastEventId));
  if (after === undefined) {
    throw new DomainError('LIVE.INVALID_LAST_EVENT_ID', 'Last-Event-ID/lastEventId: måste vara en position (ett heltal ≥ 0)', 'lastEventId', 'position');
  }
  return { filter: { ...(lan ? { lan } : {}), ...(actor ? { actor } : {}), ...(kind ? { kind } : {}) }, after };
}
