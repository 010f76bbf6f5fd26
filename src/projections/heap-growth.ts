import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what was live at its last
 * full collection before it starts the next one (incrementally, marking
 * beside the main thread).
 */
const HEAP_GROWTH_PERCENT = 30;

/**
 * The growth while a bulk load builds read models from nothing: V8 then
 * collects about once for each fivefold growth of the live set. Its own
 * factor (about 3.3 at this rate of allocation) put the last full collection
 * of a million-event rebuild at 570 MB, for 0.38–0.55 s of pause on the main
 * thread (marking could not run beside it: the reader thread has the other
 * core), which at five times the 290 MB live before it never comes. Memory
 * held outside the heap starts one of its own (see ChunkedColumn).
 */
const BULK_LOAD_GROWTH_PERCENT = 400;

/**
 * From here to the next boundHeapGrowth, V8 collects rarely: for a catch-up
 * from an empty state (the start-up's) and the command line's rebuild, whose
 * old generation holds nearly nothing but what they build. Not for a rebuild
 * beside live read models, where five times the live set would be two of them
 * and their garbage many times over.
 */
export function letHeapGrowForBulkLoad(): void {
  setFlagsFromString(`--heap-growing-percent=${BULK_LOAD_GROWTH_PERCENT}`);
}

/**
 * Holds V8's heap growth to HEAP_GROWTH_PERCENT from the end of a bulk load
 * on; before it (a catch-up building the read models), the bulk load's growth
 * (letHeapGrowForBulkLoad) keeps collections rare.
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
