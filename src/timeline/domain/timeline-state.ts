import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { Source } from '../../ledger/domain/vocabulary.js';
import type { Decision, FigureData, InitiativeHead, PlanHead } from '../../projections/domain/compact-data.js';
import type { DayDate } from '../../projections/domain/day-dates.js';
import { sameSource } from '../../projections/domain/intern.js';
import type { Versioned } from '../../projections/domain/versioned.js';
import { EntryColumns } from './entry-columns.js';
import { OrderedIndex } from './ordered-index.js';

export type EntryData = PlanHead | InitiativeHead | Decision | FigureData;
export type SubjectCategory = 'plan' | 'initiative' | 'indicator';

export type { LanOf } from '../../projections/domain/lan-of.js';

/** A plan, initiative or indicator stream and its recorded events. */
export interface Subject {
  readonly category: SubjectCategory;
  readonly stream: string;
  readonly id: string;
  /** PlanInitiated or InitiativeRegistered: what the other entries are about. */
  head: TimelineEntry | null;
  /** Every event of the stream the timeline keeps, in log order (replaced by a trimmed copy after a bulk load). */
  entries: TimelineEntry[];
  /** An initiative's entries all have the tags of its head: computed once per version of the head. */
  headTags: { readonly of: EntryData; readonly tags: TagSet } | null;
  /** The timeline's columns, where its entries' ids and record times are. */
  readonly columns: EntryColumns;
  /** The audit index's code for the stream, -1 until the ledger asks for it (see applyToLedger). */
  auditStream: number;
  /** What the plans or initiatives model keeps of the stream, null until the ledger first finds it (see applyToLedger). */
  model: object | null;
}

/** The indexes an entry is placed in, shared by every entry with the same tags. */
export interface TagSet {
  readonly tags: readonly string[];
  readonly indexes: readonly OrderedIndex<TimelineEntry>[];
}

/**
 * One recorded event as the timeline keeps it. `date` and `key` follow the
 * current (corrected) data; the indexes order entries by `key`, the first
 * possible day of the decision. Undated events (a registration) are kept for
 * their subject but never placed.
 */
export interface TimelineEntry extends Versioned<EntryData> {
  readonly type: LedgerEventType;
  readonly subject: Subject;
  /** Written only by `shareSource`. */
  source: Source;
  /** Index in `TimelineState.entries`: log order. */
  readonly logIndex: number;
  date: DayDate | null;
  key: number;
  tagSet: TagSet;
  /** Whether the entry is dated and queued, and how many indexes hold it: read and written through the functions below. */
  placement: number;
}

/*
 * Three fields in one small integer: a field costs 8 bytes in every entry,
 * 16 MB at a million entries for two booleans. Bit 0: the entry ever had a
 * date, i.e. belongs in the indexes. Bit 1: it waits in `pending`. The rest:
 * how many of `tagSet.indexes` already hold it; tag sets only grow, so the
 * placed ones are a prefix.
 */
const DATED = 1;
const QUEUED = 2;
const PLACED_UNIT = 4;

export const UNPLACED = 0;
export const isDated = (entry: TimelineEntry): boolean => (entry.placement & DATED) !== 0;
export const isQueued = (entry: TimelineEntry): boolean => (entry.placement & QUEUED) !== 0;
export const placedIn = (entry: TimelineEntry): number => Math.floor(entry.placement / PLACED_UNIT);

export function markDated(entry: TimelineEntry): void {
  entry.placement |= DATED;
}

export function markQueued(entry: TimelineEntry, queued: boolean): void {
  entry.placement = queued ? entry.placement | QUEUED : entry.placement & ~QUEUED;
}

/** Records that the first `count` indexes of the entry's tag set hold it. */
export function markPlaced(entry: TimelineEntry, count: number): void {
  entry.placement = count * PLACED_UNIT + (entry.placement & (DATED | QUEUED));
}

/**
 * What every entry inherits: its id and record time, read from its
 * timeline's columns (see EntryColumns).
 */
const ENTRY_PROTOTYPE = {
  get eventId(): string {
    const entry = this as unknown as TimelineEntry;
    return entry.subject.columns.idAt(entry.logIndex);
  },
  get recordedAt(): number {
    const entry = this as unknown as TimelineEntry;
    return entry.subject.columns.timeAt(entry.logIndex);
  },
};

/**
 * A new entry of `subject`, its id and record time written to the subject's
 * columns. An object literal, not a class: V8 allocates the objects of a
 * literal that outlive their first collections in the old generation from
 * then on, and a million entries copied through the young one cost a rebuild
 * half a second more.
 */
export function newEntry(subject: Subject, logIndex: number, eventId: string, position: number, recordedAt: number, type: LedgerEventType, data: EntryData, source: Source): TimelineEntry {
  subject.columns.set(logIndex, eventId, recordedAt);
  return {
    __proto__: ENTRY_PROTOTYPE,
    subject,
    logIndex,
    position,
    type,
    current: data,
    source,
    amendments: null,
    date: null,
    key: 0,
    tagSet: EMPTY_TAGS,
    placement: UNPLACED,
  } as unknown as TimelineEntry;
}

/**
 * Lets an entry cite an equal source object instead of its own. A record's
 * source is metadata and never changes, and a document holds many decisions:
 * a million records carry about a third as many distinct sources, and each
 * parsed event its own copy of the title (about 70 MB of copies at a million
 * records). Finding the equal one takes a lookup by title per record, which
 * the catch-up cannot spare (a second on the way to ready at a million) but
 * the report's source numbering (see SourceNumbering) makes anyway.
 */
export function shareSource(entry: TimelineEntry, source: Source): void {
  if (entry.source !== source && sameSource(entry.source, source)) entry.source = source;
}

/**
 * The timeline read model. The runner owns it and the reducer updates it in
 * place: copying a million-entry index per event is not an option, and a
 * rebuild starts from a fresh state, so nothing else ever sees it change.
 * Index placement is deferred to `settleTimeline` (called when caught up and
 * before each query) so a bulk load sorts once instead of inserting a million times.
 */
export interface TimelineState {
  readonly subjects: Map<string, Subject>;
  readonly entries: TimelineEntry[];
  readonly indexes: Map<string, OrderedIndex<TimelineEntry>>;
  readonly tagSets: Map<string, TagSet>;
  /** Tag sets of single-actor facts by kind, then actor: an adoption's tags without building a string. */
  readonly actorTags: Map<string, Map<string, TagSet>>;
  readonly pending: TimelineEntry[];
  /** Entries whose decision day changed after it was first recorded: an earlier `asOf` may order them elsewhere. */
  readonly rekeyed: Set<TimelineEntry>;
  /** Latest record time applied (epoch ms): an `asOf` at or after it is "now". */
  maxRecordedAt: number;
  /** The subject of the last event applied. */
  lastSubject: Subject | null;
  readonly columns: EntryColumns;
}

export const EMPTY_TAGS: TagSet = Object.freeze({ tags: [], indexes: [] });

export function emptyTimeline(): TimelineState {
  return {
    subjects: new Map(),
    entries: [],
    indexes: new Map(),
    tagSets: new Map(),
    actorTags: new Map(),
    pending: [],
    rekeyed: new Set(),
    maxRecordedAt: Number.NEGATIVE_INFINITY,
    lastSubject: null,
    columns: new EntryColumns(),
  };
}

export function indexFor(state: TimelineState, tag: string): OrderedIndex<TimelineEntry> {
  let index = state.indexes.get(tag);
  if (!index) state.indexes.set(tag, (index = new OrderedIndex()));
  return index;
}

export function tagSetFor(state: TimelineState, tags: readonly string[]): TagSet {
  const key = tags.join('|');
  let set = state.tagSets.get(key);
  if (!set) {
    set = Object.freeze({ tags: Object.freeze([...tags]), indexes: Object.freeze(tags.map((tag) => indexFor(state, tag))) });
    state.tagSets.set(key, set);
  }
  return set;
}
