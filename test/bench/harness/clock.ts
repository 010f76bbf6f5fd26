/** Wall time of async work in milliseconds. */
export async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** A stopwatch that adds up only the spans it was running, so preparation between spans is left out. */
export class Stopwatch {
  private total = 0n;
  private started: bigint | null = null;

  start(): void {
    this.started = process.hrtime.bigint();
  }

  stop(): void {
    if (this.started !== null) this.total += process.hrtime.bigint() - this.started;
    this.started = null;
  }

  get ms(): number {
    return Number(this.total) / 1e6;
  }
}

/** Frees what the previous measurement left, when node runs with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
