/**
 * Swedish alphabetical order (å, ä, ö after z), as `localeCompare(…, 'sv')`
 * gives it, from one collator: `localeCompare` with a locale builds one per
 * call, which dominated sorting thousands of plans.
 */
export const swedishOrder: (a: string, b: string) => number = new Intl.Collator('sv').compare;
