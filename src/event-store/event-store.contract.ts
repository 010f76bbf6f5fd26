import { afterEach, beforeEach, describe } from '@jest/globals';
import { appendCases } from './contract/append-cases.js';
import { closeCases } from './contract/close-cases.js';
import { concurrentAppendCases } from './contract/concurrent-append-cases.js';
import type { ContractFactory, ContractHarness } from './contract/contract-kit.js';
import { reopenCases, serverRestartCases } from './contract/outage-cases.js';
import { readCases } from './contract/read-cases.js';
import { subscriptionCases } from './contract/subscription-cases.js';

export type { ContractFactory, ContractHarness } from './contract/contract-kit.js';

/**
 * How the adapter under test can lose its store, which decides the outage test:
 * `server-restart` (the same instance reconnects by itself), `reopen` (a new
 * instance on the same data), or `none` (a server this suite must not stop).
 */
export type OutageKind = 'server-restart' | 'reopen' | 'none';

/**
 * The one behaviour every EventStore adapter must show. `name` appears in
 * jest's output, so it should say which adapter against what ran.
 */
export function describeEventStoreContract(name: string, factory: ContractFactory, outage: OutageKind): void {
  describe(`EventStore contract — ${name}`, () => {
    let current: ContractHarness | undefined;
    const harness = (): ContractHarness => {
      if (!current) throw new Error('no store: the factory failed');
      return current;
    };

    beforeEach(async () => {
      current = await factory();
    });

    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    describe('append', () => {
      appendCases(harness);
      describe('concurrent', () => concurrentAppendCases(harness));
    });
    describe('read', () => readCases(harness));
    describe('subscribeToAll', () => {
      subscriptionCases(harness);
      if (outage === 'server-restart') serverRestartCases(harness);
      if (outage === 'reopen') reopenCases(harness);
    });
    describe('close', () => closeCases(harness));
  });
}
