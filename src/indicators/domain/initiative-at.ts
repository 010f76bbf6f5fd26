import type { InitiativeHead } from '../../projections/domain/compact-data.js';
import { dayDate } from '../../projections/domain/day-dates.js';
import { cachedAtNow } from '../../projections/domain/now-cache.js';
import { isVisibleAt, viewAt, type AsOf } from '../../projections/domain/versioned.js';
import type { InitiativeRecord } from './initiatives-state.js';

/**
 * When an initiative was running, in day numbers. It started on the first of
 * its start, scale-up or made-permanent decisions: possibly from `startFrom`,
 * surely by `startBy`; likewise it ended from `endFrom`, surely by `endBy`.
 */
export interface InitiativeStanding {
  readonly initiativeId: string;
  readonly head: InitiativeHead;
  readonly startFrom: number | null;
  readonly startBy: number | null;
  readonly endFrom: number | null;
  readonly endBy: number | null;
}

const STARTS = new Set(['InitiativeStarted', 'InitiativeScaledUp', 'InitiativeMadePermanent']);

export function initiativeStandingOf(initiative: InitiativeRecord, asOf: AsOf): InitiativeStanding | null {
  const head = initiative.head && viewAt(initiative.head, asOf);
  if (!head) return null;
  let startFrom: number | null = null;
  let startBy: number | null = null;
  let endFrom: number | null = null;
  let endBy: number | null = null;
  for (const record of initiative.transitions) {
    if (!isVisibleAt(record, asOf)) continue;
    const date = dayDate(viewAt(record, asOf)!.decidedOn);
    if (!date) continue;
    if (STARTS.has(record.type)) {
      startFrom = Math.min(startFrom ?? Infinity, date.earliestDay);
      startBy = Math.min(startBy ?? Infinity, date.latestDay);
    } else if (record.type === 'InitiativeEnded') {
      endFrom = Math.min(endFrom ?? Infinity, date.earliestDay);
      endBy = Math.min(endBy ?? Infinity, date.latestDay);
    }
  }
  return { initiativeId: initiative.id, head, startFrom, startBy, endFrom, endBy };
}

/** At "now" the standing is cached on the initiative until it changes. */
export function initiativeStandingAt(initiative: InitiativeRecord, asOf: AsOf): InitiativeStanding | null {
  return cachedAtNow(initiative, 'cache', asOf, () => initiativeStandingOf(initiative, asOf));
}

export type Certainty = 'certain' | 'possible' | null;

/** Running at the cut-off day. */
export function activeAt(s: InitiativeStanding, day: number): Certainty {
  if (s.startFrom === null || s.startFrom > day) return null;
  if (s.endBy !== null && s.endBy <= day) return null;
  return s.startBy! <= day && (s.endFrom === null || s.endFrom > day) ? 'certain' : 'possible';
}

/** Started after `afterDay` and on or before `day`. */
export function startedWithin(s: InitiativeStanding, afterDay: number, day: number): Certainty {
  if (s.startFrom === null || s.startFrom > day || s.startBy! <= afterDay) return null;
  return s.startFrom > afterDay && s.startBy! <= day ? 'certain' : 'possible';
}
