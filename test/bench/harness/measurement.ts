/** One line of the results table: our figure beside the limit (raw SQLite) and the peer (Emmett). */
export interface Measurement {
  readonly name: string;
  readonly unit: string;
  /** Whether a larger number is better (rates) or worse (latencies, times, memory). */
  readonly higherIsBetter: boolean;
  readonly ours: number | null;
  readonly limit?: number | null;
  readonly peer?: number | null;
  /** Events or requests the figure was measured over. */
  readonly sample?: number;
  readonly target?: Target;
  readonly note?: string;
}

export interface Target {
  readonly text: string;
  /** null when it could not be judged (a figure is missing). */
  readonly met: boolean | null;
}

/** ours / other; null when either is missing. */
export function ratio(ours: number | null | undefined, other: number | null | undefined): number | null {
  if (ours === null || ours === undefined || other === null || other === undefined || other === 0) return null;
  // Unrounded: 0.499 of the raw rate misses a target of 0.5 though the table prints 0.5.
  return ours / other;
}

export function atLeast(value: number | null, minimum: number, text: string): Target {
  return { text, met: value === null ? null : value >= minimum };
}

export function atMost(value: number | null, maximum: number, text: string): Target {
  return { text, met: value === null ? null : value <= maximum };
}

export function bothMet(text: string, ...targets: Target[]): Target {
  return { text, met: targets.some((t) => t.met === null) ? null : targets.every((t) => t.met) };
}

/** Events (or requests) per second. */
export const perSecond = (count: number, ms: number): number => Math.round((count * 1000) / ms);
