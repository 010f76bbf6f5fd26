/**
 * One full garbage collection, where the process allows it (`node
 * --expose-gc`, as the start script runs the service); nothing otherwise.
 *
 * For the moments a bulk job has just made most of its garbage: the end of
 * the start-up catch-up (the parsed log, the read models' trimmed lists), a
 * rebuild's swap (every old state) and the end of the reports' warm-up
 * (tables grown step by step). V8 would collect the old generation
 * only once it reached about four times what was live at its last full
 * collection, which at a million events is well past 2 GB; collected here,
 * it starts from what the read models really hold.
 */
export function collectFully(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
