import { hash as digest } from 'node:crypto';
import { loadActorRegistry } from '../../src/actors/load-actor-registry.js';
import type { NewEvent } from '../../src/event-store/event-store.port.js';
import { SCHEMA_VERSION, type LedgerMetadata } from '../../src/ledger/domain/metadata.js';
import type { PlannedEvent } from './ledger/planned.js';
import { Prng } from './ledger/prng.js';
import { LedgerWorld } from './ledger/year-plan.js';

export type LedgerNewEvent = NewEvent<Record<string, unknown>, LedgerMetadata & Record<string, unknown>>;

/** Consecutive events of one stream, ready for one `append(stream, events, expectedRevision)`. */
export interface LedgerGroup {
  readonly stream: string;
  readonly expectedRevision: 'no_stream' | number;
  readonly events: readonly LedgerNewEvent[];
}

/** One event in the global order, with the revision it takes in its stream. */
export interface PlacedEvent {
  readonly stream: string;
  readonly revision: number;
  readonly event: LedgerNewEvent;
}

export interface LedgerOptions {
  /** Exactly this many events. */
  readonly events: number;
  readonly seed?: number;
  /** Decision years covered; each year is recorded during the next. */
  readonly fromYear?: number;
  readonly toYear?: number;
}

export const SIZES: Readonly<Record<string, number>> = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };

/**
 * Events a year brings at intensity 1, measured over 2015–2024 with several
 * seeds; the intensity is set a little above what the size needs and the
 * last year is cut off at exactly `events`.
 */
const EVENTS_PER_YEAR_AT_INTENSITY_1 = 850;
const HEADROOM = 1.04;
const DAY_MS = 86_400_000;

/**
 * A synthetic ledger at national scale (intensity 1 ≈ 10k events over ten
 * years) or denser: the 21 län, their regions and 290 kommuner adopting plans
 * and running initiatives, the national figures and corrections, in the order
 * a ledger would have recorded them, each event hashed onto its stream's chain.
 * Deterministic from the seed; generated lazily, one year in memory at a time.
 */
export function* generateLedger(options: LedgerOptions): Generator<LedgerGroup> {
  const seed = options.seed ?? 2022;
  const years = { from: options.fromYear ?? 2015, to: options.toYear ?? 2024 };
  const yearCount = years.to - years.from + 1;
  const intensity = (options.events / (yearCount * EVENTS_PER_YEAR_AT_INTENSITY_1)) * HEADROOM;
  const world = new LedgerWorld(new Prng(seed), loadActorRegistry(), intensity, years);
  const ids = new Prng(seed ^ 0x5bd1e995);
  const heads = new Map<string, { revision: number; hash: string }>();
  let remaining = options.events;
  for (let year = years.from; year <= years.to && remaining > 0; year += 1) {
    const groups = world.planYear(year);
    const recordedFrom = Date.UTC(year + 1, 0, 1);
    const spacing = Math.floor((364 * DAY_MS) / Math.max(1, groups.length));
    for (let index = 0; index < groups.length && remaining > 0; index += 1) {
      const { stream, events } = groups[index];
      const taken = events.length <= remaining ? events : events.slice(0, remaining);
      remaining -= taken.length;
      yield place(stream, taken, recordedFrom + index * spacing, heads, ids);
    }
  }
  if (remaining > 0) throw new Error(`The ledger ran out of years ${remaining} events short; raise HEADROOM`);
}

/** The same ledger as one flat sequence in the order it was recorded. */
export function* ledgerEvents(options: LedgerOptions): Generator<PlacedEvent> {
  for (const group of generateLedger(options)) {
    const first = group.expectedRevision === 'no_stream' ? 0 : group.expectedRevision + 1;
    for (let index = 0; index < group.events.length; index += 1) {
      yield { stream: group.stream, revision: first + index, event: group.events[index] };
    }
  }
}

/**
 * Gives each event its revision, record time, metadata and hash. The hash body
 * is built with sorted keys and JSON.stringify, which equals the ledger's
 * canonical JSON for such objects and is several times faster.
 */
function place(stream: string, planned: readonly PlannedEvent[], recordedFrom: number, heads: Map<string, { revision: number; hash: string }>, ids: Prng): LedgerGroup {
  const head = heads.get(stream);
  const expectedRevision = head ? head.revision : 'no_stream';
  let revision = head ? head.revision : -1;
  let previousHash = head ? head.hash : null;
  const events = planned.map((event, index): LedgerNewEvent => {
    revision += 1;
    const commandId = ids.uuid();
    const unhashed = {
      causationId: commandId,
      correlationId: commandId,
      previousHash,
      principal: event.principal,
      recordedAt: new Date(recordedFrom + index * 1000).toISOString(),
      schemaVersion: SCHEMA_VERSION,
      source: event.source,
    };
    const body = JSON.stringify({ data: event.data, id: event.id, metadata: unhashed, revision, stream, type: event.type });
    const hash = digest('sha256', body, 'hex');
    previousHash = hash;
    return { id: event.id, type: event.type, data: event.data, metadata: { ...unhashed, hash } };
  });
  heads.set(stream, { revision, hash: previousHash as string });
  return { stream, expectedRevision, events };
}
