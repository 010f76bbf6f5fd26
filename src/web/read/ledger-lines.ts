import { indicatorById } from '../../indicators/domain/indicator-registry.js';
import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ActorId, Source } from '../../ledger/domain/vocabulary.js';
import type { Decision, FigureData, InitiativeHead, PlanHead } from '../../projections/domain/compact-data.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import { correctionsOf, dataAt, findRecord, isVisibleAt, type AsOf } from '../../projections/domain/versioned.js';
import { factsOf } from '../../timeline/domain/entry-facts.js';
import type { TimelineEntry, TimelineState } from '../../timeline/domain/timeline-state.js';

/** One recorded event of the timeline read model, flattened for a list or the live stream. Streams are `<category>-<id>` (ledger/domain/streams). */
export interface LedgerLine {
  readonly position: number;
  readonly eventId: string;
  readonly type: LedgerEventType;
  readonly stream: string;
  readonly category: 'plan' | 'initiative' | 'indicator';
  /** Plan id, initiative id or indicator id. */
  readonly subjectId: string;
  /** Record time (ISO). */
  readonly recordedAt: string;
  /** Decision time as recorded (EDTF). */
  readonly decidedOn: string | null;
  readonly title: string;
  readonly actors: readonly ActorId[];
  readonly kind: string | null;
  readonly source: Source;
  readonly corrected: boolean;
}

function titleOf(entry: TimelineEntry, data: unknown, head: unknown, asOf: AsOf): string {
  const subject = entry.subject;
  if (subject.category === 'indicator') {
    const figure = data as FigureData;
    return `${indicatorById(figure.indicatorId)?.title ?? figure.indicatorId} ${figure.year}: ${figure.value}`;
  }
  if (subject.category === 'plan') {
    for (let i = subject.entries.length - 1; i >= 0; i--) {
      const each = subject.entries[i];
      if (each.type !== 'PlanRevised' || !isVisibleAt(each, asOf)) continue;
      const renamed = (dataAt(each, asOf) as Decision).title;
      if (renamed) return renamed;
    }
    return (head as PlanHead | null)?.title ?? subject.id;
  }
  return (head as InitiativeHead | null)?.title ?? subject.id;
}

/**
 * An entry as the ledger knew it at `asOf`; null when it was not recorded yet
 * or was retracted (unless `withRetracted`, for telling that a retraction happened).
 */
export function lineOf(entry: TimelineEntry, asOf: AsOf, withRetracted = false): LedgerLine | null {
  if (!withRetracted && !isVisibleAt(entry, asOf)) return null;
  if (asOf !== null && entry.recordedAt > asOf) return null;
  const head = entry.subject.head;
  const data = dataAt(entry, asOf);
  const headData = head ? dataAt(head, asOf) : null;
  const facts = factsOf(entry.type, data, head && head !== entry ? headData : data);
  return {
    position: entry.position,
    eventId: entry.eventId,
    type: entry.type,
    stream: `${entry.subject.category}-${entry.subject.id}`,
    category: entry.subject.category,
    subjectId: entry.subject.id,
    recordedAt: new Date(entry.recordedAt).toISOString(),
    decidedOn: facts.date?.edtf ?? null,
    title: titleOf(entry, data, head === entry ? data : headData, asOf),
    actors: facts.actors,
    kind: facts.kind,
    source: entry.source,
    corrected: correctionsOf(entry).length > 0,
  };
}

/** The timeline entry an event is, or amends (a correction or retraction names its target). */
export function entryOfEvent(state: TimelineState, stream: string, eventId: string): TimelineEntry | undefined {
  const subject = state.subjects.get(stream);
  return subject && findRecord(subject.entries, eventId);
}

export interface LatestQuery {
  readonly lan?: ActorId;
  readonly limit: number;
  readonly asOf: AsOf;
}

/** The most recently recorded entries, newest first, optionally only those concerning one län. */
export function latestRecorded(state: TimelineState, query: LatestQuery, lanOf: LanOf): LedgerLine[] {
  const lines: LedgerLine[] = [];
  for (let i = state.entries.length - 1; i >= 0 && lines.length < query.limit; i--) {
    const entry = state.entries[i];
    const line = lineOf(entry, query.asOf);
    if (!line) continue;
    if (query.lan && !line.actors.some((actor) => lanOf(actor) === query.lan)) continue;
    lines.push(line);
  }
  return lines;
}
