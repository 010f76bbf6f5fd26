import { factsOf, tagsOf, type EntryFacts } from './entry-facts.js';
import type { OrderedIndex } from './ordered-index.js';
import { isDated, isQueued, markDated, markPlaced, markQueued, placedIn, tagSetFor, type LanOf, type TagSet, type TimelineEntry, type TimelineState } from './timeline-state.js';

/**
 * An array grown by push holds room for 16 items; a subject, plan or
 * initiative has 4 or 5. After a bulk load that room is most of their lists'
 * memory (about 20 MB per model at a million events), and a copy holds what it needs.
 */
export const trimmed = <T>(items: T[]): T[] => (items.length < 16 ? items.slice() : items);

/** Day numbers are shifted so the packed sort key stays positive for any plausible decision date. */
const DAY_OFFSET = 200_000;
const LOG_INDEX_SPAN = 2 ** 32;

/** Follows a change of an entry's data (new, corrected, or its subject corrected): date, order key and tags. */
export function refreshEntry(state: TimelineState, entry: TimelineEntry, lanOf: LanOf): void {
  const head = entry.subject.head;
  const facts = factsOf(entry.type, entry.current, head && head !== entry ? head.current : entry.current);
  entry.date = facts.date;
  if (facts.date && facts.date.earliestDay !== entry.key) {
    if (isDated(entry)) {
      unplace(entry);
      state.rekeyed.add(entry);
    }
    entry.key = facts.date.earliestDay;
  }
  if (facts.date) markDated(entry);
  if (!isDated(entry)) return;
  const tagSet = tagSetOf(state, entry, facts, lanOf);
  const known = entry.tagSet.tags;
  if (known.length === 0) entry.tagSet = tagSet;
  else if (tagSet !== entry.tagSet) {
    const added = tagSet.tags.filter((tag) => !known.includes(tag));
    if (added.length > 0) entry.tagSet = tagSetFor(state, [...known, ...added]);
  }
  if (placedIn(entry) < entry.tagSet.indexes.length && !isQueued(entry)) {
    markQueued(entry, true);
    state.pending.push(entry);
  }
}

/**
 * The tags of an entry's facts. Building tag strings per event is the
 * timeline's largest cost in a rebuild, so the two common cases are cached:
 * one actor and a kind (adoptions, a plan's own steps, figures), and an
 * initiative's steps, whose facts are all its head's.
 */
function tagSetOf(state: TimelineState, entry: TimelineEntry, facts: EntryFacts, lanOf: LanOf): TagSet {
  if (facts.actors.length === 1 && facts.program === null) {
    const kind = facts.kind ?? '';
    let byActor = state.actorTags.get(kind);
    if (!byActor) state.actorTags.set(kind, (byActor = new Map()));
    let set = byActor.get(facts.actors[0]);
    if (!set) byActor.set(facts.actors[0], (set = tagSetFor(state, tagsOf(facts, lanOf))));
    return set;
  }
  const head = entry.subject.head;
  if (entry.subject.category === 'initiative' && head) {
    const cached = entry.subject.headTags;
    if (cached?.of === head.current) return cached.tags;
    const tags = tagSetFor(state, tagsOf(facts, lanOf));
    entry.subject.headTags = { of: head.current, tags };
    return tags;
  }
  return tagSetFor(state, tagsOf(facts, lanOf));
}

/** Takes an entry out of the indexes it was placed in under its current key (before the key changes). */
function unplace(entry: TimelineEntry): void {
  const indexes = entry.tagSet.indexes;
  const placed = placedIn(entry);
  for (let i = 0; i < placed; i++) indexes[i].remove(entry, entry.key);
  markPlaced(entry, 0);
}

/**
 * Places pending entries in their indexes. Few pending entries are inserted
 * one by one; many (more than `bulkFrom`, and a sixteenth of the log: a
 * catch-up, a rebuild) are placed by one sort of packed numeric keys and an
 * in-order append to every index, which is linear after the sort.
 */
export function settleTimeline(state: TimelineState, bulkFrom = 1000): 'bulk' | 'few' {
  const pending = state.pending;
  if (pending.length === 0) return 'few';
  if (pending.length > bulkFrom && pending.length * 16 > state.entries.length) {
    replaceAllIndexes(state);
    return 'bulk';
  }
  for (const entry of pending) {
    const indexes = entry.tagSet.indexes;
    for (let i = placedIn(entry); i < indexes.length; i++) indexes[i].insert(entry);
    markPlaced(entry, indexes.length);
    markQueued(entry, false);
  }
  pending.length = 0;
  return 'few';
}

/**
 * Two passes over the entries. In log order, the pass reads each entry where
 * it lies in memory (its key and tag set) and numbers its tag set. In
 * decision order, the pass needs only the entry's slot and that number.
 * Following entry -> tag set -> indexes in decision order made three
 * dependent reads from scattered memory per entry: 0.8 s at a million
 * entries, against 0.57 s this way.
 */
function replaceAllIndexes(state: TimelineState): void {
  for (const index of state.indexes.values()) index.clear();
  const { entries } = state;
  const keys = new Float64Array(entries.length);
  const tagSetNumbers = new Map<TagSet, number>();
  const indexesOfNumber: (readonly OrderedIndex<TimelineEntry>[])[] = [];
  const tagSetOfEntry = new Int32Array(entries.length);
  let count = 0;
  for (let logIndex = 0; logIndex < entries.length; logIndex++) {
    const entry = entries[logIndex];
    if (!isDated(entry)) continue;
    keys[count++] = (entry.key + DAY_OFFSET) * LOG_INDEX_SPAN + logIndex;
    const { tagSet } = entry;
    let number = tagSetNumbers.get(tagSet);
    if (number === undefined) {
      number = indexesOfNumber.length;
      tagSetNumbers.set(tagSet, number);
      indexesOfNumber.push(tagSet.indexes);
    }
    tagSetOfEntry[logIndex] = number;
    markPlaced(entry, tagSet.indexes.length);
  }
  const packed = keys.subarray(0, count).sort();
  for (let k = 0; k < count; k++) {
    const value = packed[k];
    const logIndex = value - Math.floor(value / LOG_INDEX_SPAN) * LOG_INDEX_SPAN;
    const entry = entries[logIndex];
    const indexes = indexesOfNumber[tagSetOfEntry[logIndex]];
    for (let j = 0; j < indexes.length; j++) indexes[j].append(entry);
  }
  for (const entry of state.pending) markQueued(entry, false);
  state.pending.length = 0;
  for (const subject of state.subjects.values()) subject.entries = trimmed(subject.entries);
}
