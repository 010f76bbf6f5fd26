import { eventHash } from './hash-chain.js';
import { headOf, sealEvents, type SealContext } from './seal-events.js';

const context: SealContext = {
  principal: 'key:varmland',
  recordedAt: new Date('2022-06-20T08:00:00Z'),
  source: { title: 'Tidslinje för omställningen till Nära vård i Värmland', publisher: 'Region Värmland' },
  correlationId: 'c0rre1at-0000-4000-8000-000000000000',
  causationId: 'cause',
};
const stream = 'plan-varmland-malbild-2022';
const adoptedBy = (party: string) => ({ type: 'PlanAdopted', data: { planId: 'varmland-malbild-2022', party, decidedOn: '2022-03-28', decidedBy: 'KF', version: 1 } });

describe('sealing decided events into the hash chain', () => {
  it('starts a new stream with no previous hash and stores each event\'s own hash', () => {
    const [first] = sealEvents(stream, null, [adoptedBy('kommun:1784')], ['id-1'], context);
    expect(first.metadata).toMatchObject({ principal: 'key:varmland', recordedAt: '2022-06-20T08:00:00.000Z', schemaVersion: 1, previousHash: null });
    expect(first.metadata.hash).toBe(eventHash({ ...first, stream, revision: 0 }));
  });

  it('chains each event to the one before it, across appends', () => {
    const [first, second] = sealEvents(stream, null, [adoptedBy('kommun:1784'), adoptedBy('kommun:1761')], ['id-1', 'id-2'], context);
    expect(second.metadata.previousHash).toBe(first.metadata.hash);
    const head = headOf({ ...second, stream, revision: 1 });
    const [third] = sealEvents(stream, head, [adoptedBy('kommun:1763')], ['id-3'], context);
    expect(third.metadata.previousHash).toBe(second.metadata.hash);
    expect(third.metadata.hash).toBe(eventHash({ ...third, stream, revision: 2 }));
  });

  it('detects a changed decision in the last event', () => {
    const [event] = sealEvents(stream, null, [adoptedBy('kommun:1784')], ['id-1'], context);
    const tampered = { ...event, data: { ...event.data, decidedOn: '2022-04-28' } };
    expect(eventHash({ ...tampered, stream, revision: 0 })).not.toBe(event.metadata.hash);
  });

  it('keeps the idempotency key in the metadata when the command carried one', () => {
    const [event] = sealEvents(stream, null, [adoptedBy('kommun:1784')], ['id-1'], { ...context, idempotencyKey: 'rad-12' });
    expect(event.metadata.idempotencyKey).toBe('rad-12');
  });
});
