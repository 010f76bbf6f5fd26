/** Plain Swedish words for a change between two years, as SKR writes them ("dubbelt så många"). */
export type ChangePhrase = 'tredubblats' | 'fördubblats' | 'ökat' | 'oförändrat' | 'minskat' | 'halverats';

/**
 * The thresholds, in one place. A ratio of at least 3 has tripled, at least 2
 * doubled, at most 0.5 (but not zero) halved. "Mer än" is added when the ratio
 * clears its threshold by the margin, so 13 against 6 (2.17) "har mer än
 * fördubblats" while 12 against 6 "har fördubblats".
 */
export const CHANGE_THRESHOLDS = {
  tripled: 3,
  doubled: 2,
  halved: 0.5,
  moreThanMargin: 1.05,
} as const;

export interface Change {
  readonly phrase: ChangePhrase;
  /** Whether the sentence should say "mer än" before the phrase. */
  readonly moreThan: boolean;
}

export function describeChange(previous: number, current: number): Change {
  const { tripled, doubled, halved, moreThanMargin } = CHANGE_THRESHOLDS;
  if (current === previous) return { phrase: 'oförändrat', moreThan: false };
  if (previous === 0) return { phrase: 'ökat', moreThan: false };
  const ratio = current / previous;
  if (ratio >= tripled) return { phrase: 'tredubblats', moreThan: ratio >= tripled * moreThanMargin };
  if (ratio >= doubled) return { phrase: 'fördubblats', moreThan: ratio >= doubled * moreThanMargin };
  if (ratio > 1) return { phrase: 'ökat', moreThan: false };
  if (ratio > halved || ratio === 0) return { phrase: 'minskat', moreThan: false };
  return { phrase: 'halverats', moreThan: ratio <= halved / moreThanMargin };
}
