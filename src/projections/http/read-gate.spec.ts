import { jest } from '@jest/globals';
import { Subject } from 'rxjs';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '../../event-store/event-store.port.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { ledgerProjections } from '../ledger-projections.js';
import { ProjectionRunner } from '../projection-runner.js';
import { testActors } from '../testing/actors.js';
import { LedgerBuilder } from '../testing/ledger-builder.js';
import { givenVarmlandMalbildAdopted } from '../testing/varmland.js';
import { readGate } from './read-gate.js';

/**
 * A replica whose runner has applied the first ten events of Värmland's
 * målbild while the store already holds `head`: the rest were written by
 * another replica and are still on their way here.
 */
function givenReplicaBehindTheStore(head: number) {
  const ledger = new LedgerBuilder();
  givenVarmlandMalbildAdopted(ledger);
  const feed = new Subject<SubscriptionMessage>();
  const headPosition = jest.fn(async () => head);
  const store = { subscribeToAll: () => feed.asObservable(), headPosition } as unknown as EventStore;
  const runner = new ProjectionRunner(store, ledgerProjections(testActors));
  runner.start();
  const deliver = (event: StoredLedgerEvent) => feed.next({ kind: 'event', event: { ...event, recordedAt: new Date() } as unknown as RecordedEvent });
  ledger.events.slice(0, 10).forEach(deliver);
  feed.next({ kind: 'caughtUp', position: 10 });
  return { runner, headPosition, deliverNext: () => deliver(ledger.events[runner.checkpoint!]) };
}

describe('the read gate', () => {
  it('answers a position already applied without asking the store', async () => {
    const { runner, headPosition } = givenReplicaBehindTheStore(12);
    await expect(readGate(runner, 10)).resolves.toBeUndefined();
    expect(headPosition).not.toHaveBeenCalled();
    runner.stop();
  });

  it('waits for a position the store holds and this replica has not applied yet', async () => {
    const { runner, headPosition, deliverNext } = givenReplicaBehindTheStore(12);
    let settled = false;
    const gate = readGate(runner, 12).finally(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    deliverNext();
    expect(settled).toBe(false);
    deliverNext();
    await expect(gate).resolves.toBeUndefined();
    expect(headPosition).toHaveBeenCalledTimes(1);
    runner.stop();
  });

  it('refuses a position past the store\'s head at once, naming minPosition and the rule', async () => {
    const { runner, headPosition } = givenReplicaBehindTheStore(12);
    const error = await readGate(runner, 13).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'QUERY.POSITION_NOT_REACHED',
      field: 'minPosition',
      rule: 'reached-position',
      message: 'minPosition: 13 har liggaren inte nått; den senaste positionen är 12',
    });
    expect(headPosition).toHaveBeenCalledTimes(1);
    runner.stop();
  });
});
