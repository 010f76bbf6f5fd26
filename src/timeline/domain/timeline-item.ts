import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ActorId, Source } from '../../ledger/domain/vocabulary.js';
import type { Decision, FigureData, InitiativeHead, PlanHead } from '../../projections/domain/compact-data.js';
import { dateView, type DateView } from '../../projections/domain/day-dates.js';
import { correctionsAt, dataAt, isVisibleAt, type AsOf } from '../../projections/domain/versioned.js';
import type { EntryFacts } from './entry-facts.js';
import type { EntryData, TimelineEntry } from './timeline-state.js';

export interface CorrectionNote {
  readonly eventId: string;
  readonly recordedAt: string;
  readonly principal: string;
  readonly reason: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** One line of the timeline as a query answers it. */
export interface TimelineItem {
  readonly eventId: string;
  readonly position: number;
  readonly type: LedgerEventType;
  /** The decision date as recorded (EDTF) with its first and last possible day and precision. */
  readonly date: DateView;
  readonly actors: readonly ActorId[];
  readonly plan: { readonly id: string; readonly kind: string; readonly scope: string; readonly lan: ActorId | null } | null;
  readonly initiative: { readonly id: string; readonly kind: string; readonly program: string | null } | null;
  readonly figure: { readonly indicatorId: string; readonly year: number; readonly value: number } | null;
  /** The plan's or initiative's title, or what a published figure describes. */
  readonly title: string;
  /** The deciding body (kommunfullmäktige, regionstyrelse…), when recorded. */
  readonly body: string | null;
  /** A withdrawal's reason or a transition's note. */
  readonly note: string | null;
  readonly source: Source;
  /** Record time: when the ledger learned of it. */
  readonly recordedAt: string;
  readonly corrected: boolean;
  readonly corrections: readonly CorrectionNote[];
}

export function timelineItem(entry: TimelineEntry, data: EntryData, facts: EntryFacts, asOf: AsOf): TimelineItem {
  const subject = entry.subject;
  const headData = subject.head ? dataAt(subject.head, asOf) : null;
  const corrections = correctionsAt(entry, asOf).map((c) => ({
    eventId: c.eventId,
    recordedAt: new Date(c.recordedAt).toISOString(),
    principal: c.principal,
    reason: c.reason,
    fields: c.fields,
  }));
  const decision = data as Decision;
  let plan: TimelineItem['plan'] = null;
  let initiative: TimelineItem['initiative'] = null;
  let figure: TimelineItem['figure'] = null;
  let title: string;
  if (subject.category === 'plan') {
    const head = headData as PlanHead | null;
    title = planTitleAt(entry, asOf) ?? head?.title ?? subject.id;
    plan = { id: subject.id, kind: head?.kind ?? 'annan', scope: head?.scope ?? 'lan', lan: head?.lan ?? null };
  } else if (subject.category === 'initiative') {
    const head = headData as InitiativeHead | null;
    title = head?.title ?? subject.id;
    initiative = { id: subject.id, kind: head?.kind ?? 'annan', program: head?.program ?? null };
  } else {
    const published = data as FigureData;
    figure = { indicatorId: published.indicatorId, year: published.year, value: published.value };
    title = `Publicerat värde för ${published.indicatorId} ${published.year}: ${published.value}`;
  }
  return {
    eventId: entry.eventId,
    position: entry.position,
    type: entry.type,
    date: dateView(facts.date!),
    actors: facts.actors,
    plan,
    initiative,
    figure,
    title,
    body: decision.decidedBy ?? null,
    note: decision.reason ?? decision.note ?? null,
    source: entry.source,
    recordedAt: new Date(entry.recordedAt).toISOString(),
    corrected: corrections.length > 0,
    corrections,
  };
}

/** A revision may rename a plan: the latest revision's title known at `asOf`. */
function planTitleAt(entry: TimelineEntry, asOf: AsOf): string | null {
  const entries = entry.subject.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const each = entries[i];
    if (each.type !== 'PlanRevised' || !isVisibleAt(each, asOf)) continue;
    const title = (dataAt(each, asOf) as Decision).title;
    if (title) return title;
  }
  return null;
}
