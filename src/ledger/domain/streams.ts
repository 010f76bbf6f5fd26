/** The one place stream names are built (one stream per aggregate). */
export const streams = {
  plan: (planId: string) => `plan-${planId}`,
  initiative: (initiativeId: string) => `initiative-${initiativeId}`,
  indicator: (indicatorId: string) => `indicator-${indicatorId}`,
} as const;

export type StreamCategory = 'plan' | 'initiative' | 'indicator';

export function streamCategory(stream: string): StreamCategory | null {
  const prefix = stream.slice(0, stream.indexOf('-'));
  return prefix === 'plan' || prefix === 'initiative' || prefix === 'indicator' ? prefix : null;
}

export function streamId(stream: string): string {
  return stream.slice(stream.indexOf('-') + 1);
}
