import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what was live at its last
 * full collection before it starts the next one (incrementally, marking
 * beside the main thread).
 */
const HEAP_GROWTH_PERCENT = 30;

/**
 * Holds V8's heap growth to HEAP_GROWTH_PERCENT from the end of a bulk load
 * on; before it (a catch-up building the read models), V8's own factor of up
 * to four keeps collections rare.
 *
 * After the start-up, V8 would otherwise let the old generation reach about
 * four times the read models before collecting, so their reports' warm-up
 * and the first queries' garbage would stay. A full collection by hand after
 * the warm-up kept the peak resident memory after the benchmark's queries at
 * 967–981 MB at a million events, but paused the service for 0.65–1.1 s,
 * which put the national report's p99 at 32 clients at 465–1,093 ms; with
 * this bound V8 collects it incrementally, in steps of at most 17 ms: 935 MB
 * and 292 ms. Takes effect at the next collection.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
