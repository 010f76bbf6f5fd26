import { serialize } from 'node:v8';
import fc from 'fast-check';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { crowdedLedger, ledgerStep } from '../reports/testing/crowded-ledger.js';
import { ledgerProjections } from './ledger-projections.js';
import type { Projection } from './projection.js';
import { metadataRead } from './rebuild-projections.js';
import { testActors } from './testing/actors.js';

/** The event as a catch-up that asked for only `fields` may deliver it. */
function withOnly(event: StoredLedgerEvent, fields: readonly string[]): StoredLedgerEvent {
  const all = event.metadata as unknown as Record<string, unknown>;
  const kept = Object.fromEntries(fields.filter((field) => Object.hasOwn(all, field)).map((field) => [field, all[field]]));
  return { ...event, metadata: kept } as unknown as StoredLedgerEvent;
}

const reduce = (projection: Projection<unknown>, events: readonly StoredLedgerEvent[]) => {
  const state = events.reduce((s, event) => projection.apply(s, event), projection.initialState());
  projection.settle?.(state);
  return state;
};

describe('the metadata a projection declares', () => {
  it('is all it reads: every projection reduces a ledger with only those fields to the state it reduces the whole events to', () => {
    for (const projection of ledgerProjections(testActors)) expect(projection.metadata).toBeDefined();
    fc.assert(
      fc.property(fc.array(ledgerStep, { minLength: 1, maxLength: 60 }), (steps) => {
        const { delivered } = crowdedLedger(steps);
        for (const projection of ledgerProjections(testActors)) {
          const fields = projection.metadata!;
          // Compared as V8 serializes them: the states are cyclic and share records (entries, their subjects, the
          // indexes), which a deep comparison walks again at every reference (seconds to minutes for some ledgers);
          // the serialization writes each object once, then refers back to it.
          const same = serialize(reduce(projection, delivered.map((event) => withOnly(event, fields)))).equals(serialize(reduce(projection, delivered)));
          expect({ projection: projection.name, same }).toEqual({ projection: projection.name, same: true });
        }
      }),
      { numRuns: 25 },
    );
  });

  it('is asked of the store as one list for all projections, or not at all when one of them does not say', () => {
    const declaring = (name: string, metadata?: readonly string[]): Projection<unknown> => ({ name, initialState: () => null, apply: (state) => state, ...(metadata ? { metadata } : {}) });
    expect(metadataRead([declaring('a', ['recordedAt', 'principal']), declaring('b', ['recordedAt', 'source'])])).toEqual(['recordedAt', 'principal', 'source']);
    expect(metadataRead([declaring('a', ['recordedAt']), declaring('b')])).toBeUndefined();
    expect(metadataRead([])).toEqual([]);
  });
});
