import type { LedgerGroup } from '../generate-ledger.js';
import { Stopwatch, collectGarbage } from './clock.js';
import { perSecond } from './measurement.js';

/** Writes one chunk of the ledger into one store, however that store is best fed. */
export type ChunkWriter = (chunk: readonly LedgerGroup[]) => Promise<void> | void;

export interface TurnResult {
  readonly rate: number;
  /** CPU microseconds per event, fsync waits excluded. */
  readonly cpuUs: number;
}

/** A writer that appends the groups of a chunk one after another, each awaited. */
export function oneByOne(append: (group: LedgerGroup) => Promise<void> | void): ChunkWriter {
  return async (chunk) => {
    for (const group of chunk) await append(group);
  };
}

/** Consecutive runs of `size` groups (the last one shorter). */
export function runsOf(groups: readonly LedgerGroup[], size: number): LedgerGroup[][] {
  return Array.from({ length: Math.ceil(groups.length / size) }, (_, index) => groups.slice(index * size, (index + 1) * size));
}

/**
 * Events per second of each writer over the same chunks. The stores take turns
 * chunk by chunk (in a rotating order), so a disk or CPU shared with other work
 * slows all of them alike instead of whichever happened to run at the time.
 */
export async function writeInTurns(chunks: Iterable<readonly LedgerGroup[]>, writers: readonly ChunkWriter[]): Promise<TurnResult[]> {
  const watches = writers.map(() => new Stopwatch());
  let turn = 0;
  let events = 0;
  for (const chunk of chunks) {
    events += chunk.reduce((sum, group) => sum + group.events.length, 0);
    for (let k = 0; k < writers.length; k += 1) {
      const index = (turn + k) % writers.length;
      collectGarbage();
      watches[index].start();
      await writers[index](chunk);
      watches[index].stop();
    }
    turn += 1;
  }
  return watches.map((watch) => ({ rate: perSecond(events, watch.ms), cpuUs: Math.round((watch.cpuMs * 1000 * 10) / events) / 10 }));
}
