import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import type { ActorId } from '../ledger/domain/vocabulary.js';
import type { LanOf } from '../projections/domain/lan-of.js';
import { isoInstant } from '../projections/domain/versioned.js';
import type { TimelineState } from '../timeline/domain/timeline-state.js';
import { decisionSentence } from '../web/decision-sentence.js';
import { EVENT_TYPE_LABELS } from '../web/labels.js';
import { entryOfEvent, lineOf } from '../web/read/ledger-lines.js';
import type { LiveEntry } from './live-entry.js';

/** The event a correction or retraction amends; the event itself otherwise. */
function targetId(event: StoredLedgerEvent): string {
  if (event.type === 'RecordCorrected') return event.data.correctedEventId;
  if (event.type === 'RecordRetracted') return event.data.retractedEventId;
  return event.id;
}

const unique = (items: readonly (ActorId | null)[]): ActorId[] => [...new Set(items.filter((i): i is ActorId => i !== null))];

/**
 * A ledger event as the live stream sends it, described from the timeline
 * read model (so it is filtered by the same actors, län and kind the timeline
 * uses). A correction or retraction is described by what it amends.
 *
 * Described as the ledger knew it when the event was recorded, so an event
 * replayed to a client that resumes reads as it did live, not with a title
 * corrected since. An amended record was known when its amendment was
 * recorded, whatever the clocks of the replicas that wrote the two say.
 */
export function describeEvent(event: StoredLedgerEvent, timeline: TimelineState, actors: ActorRegistry, lanOf: LanOf): LiveEntry {
  const base = {
    position: event.position,
    eventId: event.id,
    type: event.type,
    stream: event.stream,
    recordedAt: event.metadata.recordedAt,
  };
  const entry = entryOfEvent(timeline, event.stream, targetId(event));
  const line = entry ? lineOf(entry, Math.max(isoInstant(event.metadata.recordedAt), entry.recordedAt), true) : null;
  if (!line) {
    const title = EVENT_TYPE_LABELS[event.type] ?? event.type;
    return { ...base, decidedOn: null, title, actors: [], lans: [], kind: null, text: `${title} (${event.stream})` };
  }
  const actor = line.actors[0] ? (actors.get(line.actors[0])?.name ?? line.actors[0]) : null;
  return {
    ...base,
    decidedOn: line.decidedOn,
    title: line.title,
    actors: line.actors,
    lans: unique(line.actors.map(lanOf)),
    kind: line.kind,
    text: decisionSentence({ type: event.type, title: line.title, actor, decidedOn: line.decidedOn }),
  };
}
