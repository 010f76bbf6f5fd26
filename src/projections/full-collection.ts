/**
 * One full garbage collection, where the process allows it (`node
 * --expose-gc`, as the start script runs the service); nothing otherwise.
 *
 * For the moments a bulk job has just made most of its garbage: the end of
 * the start-up catch-up (the parsed log, the read models' trimmed lists) and
 * a rebuild's swap (every old state). V8 would collect the old generation
 * only once it reached about four times what was live at its last full
 * collection, which at a million events is well past 2 GB; collected here,
 * it starts from what the read models really hold (and from then on grows by
 * at most a third: see boundHeapGrowth).
 */
export function collectFully(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
