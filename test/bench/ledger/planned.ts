import type { Actor } from '../../../src/actors/domain/actor.js';
import type { ActorRegistry } from '../../../src/actors/domain/actor-registry.js';
import type { LedgerEventType } from '../../../src/ledger/domain/ledger-event.js';
import type { Source } from '../../../src/ledger/domain/vocabulary.js';
import { edtfDate } from './dates.js';
import type { Prng } from './prng.js';

/**
 * An event chosen but not yet placed: its stream revision, record time and
 * hash are only known once the groups before it are laid out.
 *
 * Every `data` object is written with its keys in sorted order, so hashing can
 * use plain JSON.stringify and still equal the ledger's canonical JSON (the
 * bench verifies each hash with the ledger's own `eventHash`).
 */
export interface PlannedEvent {
  readonly id: string;
  readonly type: LedgerEventType;
  readonly data: Record<string, unknown>;
  readonly source: Source;
  readonly principal: string;
}

/** Events of one stream appended together: one append call in the batch benchmarks. */
export interface PlannedGroup {
  readonly stream: string;
  readonly events: PlannedEvent[];
}

/** What every story writer draws on while planning one year. */
export interface StoryContext {
  readonly prng: Prng;
  readonly actors: ActorRegistry;
  readonly year: number;
  /** Date in the year as a source would state it. */
  date(dayOfYear: number): string;
  /** The principal that records for an actor (a coordinator's API key in its län). */
  principalFor(actor: Actor): string;
  planned(type: LedgerEventType, data: Record<string, unknown>, source: Source, principal: string): PlannedEvent;
}

export function storyContext(prng: Prng, actors: ActorRegistry, year: number): StoryContext {
  return {
    prng,
    actors,
    year,
    date: (dayOfYear) => edtfDate(prng, year, dayOfYear),
    principalFor: (actor) => (actor.kind === 'national' ? `key:${actor.code}` : `key:samordnare-${actor.lan?.replace(':', '-')}`),
    planned: (type, data, source, principal) => ({ id: prng.uuid(), type, data, source, principal }),
  };
}

/** Sources name the document and who published it; titles are what a protocol or plan is called. */
export function protocolSource(actor: Actor, body: string, date: string): Source {
  return { publisher: actor.name, title: `Protokoll ${body}, ${actor.name}, ${date}` };
}

export function documentSource(actor: Actor, title: string): Source {
  return { publisher: actor.name, title };
}

export function bodyOf(prng: Prng, actor: Actor): string {
  switch (actor.kind) {
    case 'kommun':
      return prng.pick(['kommunfullmäktige', 'kommunstyrelsen', 'socialnämnden']);
    case 'region':
      return prng.pick(['regionfullmäktige', 'regionstyrelsen', 'hälso- och sjukvårdsnämnden']);
    case 'lan':
      return prng.pick(['direktörsberedningen', 'länsstyrgruppen', 'det politiska samverkansorganet']);
    case 'national':
      return 'regeringen';
  }
}
