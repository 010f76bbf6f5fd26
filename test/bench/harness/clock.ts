/** Wall time of async work in milliseconds. */
export async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * A stopwatch that adds up only the spans it was running, so preparation
 * between spans is left out. It also adds up the CPU time the process spent
 * in those spans (every thread, so work in a driver's thread pool counts),
 * which waiting for the disk does not inflate.
 */
export class Stopwatch {
  private total = 0n;
  private cpuTotal = 0;
  private started: bigint | null = null;
  private cpuStarted: NodeJS.CpuUsage | null = null;

  start(): void {
    this.started = process.hrtime.bigint();
    this.cpuStarted = process.cpuUsage();
  }

  stop(): void {
    if (this.started !== null) this.total += process.hrtime.bigint() - this.started;
    if (this.cpuStarted !== null) {
      const used = process.cpuUsage(this.cpuStarted);
      this.cpuTotal += used.user + used.system;
    }
    this.started = null;
    this.cpuStarted = null;
  }

  get ms(): number {
    return Number(this.total) / 1e6;
  }

  get cpuMs(): number {
    return this.cpuTotal / 1000;
  }
}

/** Frees what the previous measurement left, when node runs with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
