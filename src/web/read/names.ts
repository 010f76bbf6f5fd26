import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import type { LedgerLine } from './ledger-lines.js';
import type { DecisionItem } from '../components/decision-list.js';
import { decisionSentence } from '../decision-sentence.js';
import type { LanOf } from '../../projections/domain/lan-of.js';

/** Display name of an actor; an id the reference data does not know is shown as recorded. */
export const actorName = (actors: ActorRegistry, id: string): string => actors.get(id)?.name ?? id;

/** `lan:17` → `17`. */
export const lanCode = (lan: string): string => lan.slice(lan.indexOf(':') + 1);

/** A ledger line as a list item: the sentence, and a link to the län page or the stream's history. */
export function decisionItem(line: LedgerLine, actors: ActorRegistry, lanOf: LanOf): DecisionItem {
  const actor = line.actors[0] ? actorName(actors, line.actors[0]) : null;
  const lan = line.actors.map(lanOf).find((l): l is string => l !== null);
  return {
    position: line.position,
    text: decisionSentence({ type: line.type, title: line.title, actor, decidedOn: line.decidedOn }),
    decidedOn: line.decidedOn,
    recordedAt: line.recordedAt,
    href: lan ? `/lan/${lanCode(lan)}` : `/audit?stream=${encodeURIComponent(line.stream)}`,
    sourceTitle: line.source.title,
  };
}
