import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { Decision, PlanHead } from '../../projections/domain/compact-data.js';
import { dayDate, type DayDate } from '../../projections/domain/day-dates.js';
import { cachedAtNow } from '../../projections/domain/now-cache.js';
import { correctionsAt, isVisibleAt, viewAt, type AsOf } from '../../projections/domain/versioned.js';
import type { PlanDecisionRecord, PlanRecord } from './plans-state.js';

/** One adoption as the ledger knew it. */
export interface AdoptionAt {
  readonly eventId: string;
  readonly position: number;
  readonly party: ActorId;
  readonly date: DayDate;
  readonly decidedBy: string | null;
  readonly version: number;
  readonly corrected: boolean;
}

export interface DatedAt {
  readonly eventId: string;
  readonly date: DayDate;
  readonly data: Decision;
}

/** A plan as the ledger knew it at `asOf`: the head with its corrections, and the decisions visible then. */
export interface PlanAt {
  readonly id: string;
  readonly head: PlanHead;
  /** The title of the latest revision that renamed the plan, else the title it was recorded with. */
  readonly title: string;
  /** Parties expected to adopt; a plan recorded without parties is adopted by its owner. */
  readonly parties: readonly ActorId[];
  readonly adoptions: readonly AdoptionAt[];
  readonly proposals: readonly DatedAt[];
  readonly withdrawal: DatedAt | null;
  readonly supersession: DatedAt | null;
}

export function planAt(plan: PlanRecord, asOf: AsOf): PlanAt | null {
  const head = plan.head && viewAt(plan.head, asOf);
  if (!head) return null;
  const adoptions: AdoptionAt[] = [];
  const proposals: DatedAt[] = [];
  let withdrawal: DatedAt | null = null;
  let supersession: DatedAt | null = null;
  let title = head.title;
  for (const record of plan.decisions) {
    const dated = datedAt(record, asOf);
    if (!dated) continue;
    switch (record.type) {
      case 'PlanAdopted':
        if (dated.data.party) {
          adoptions.push({
            eventId: record.eventId,
            position: record.position,
            party: dated.data.party,
            date: dated.date,
            decidedBy: dated.data.decidedBy ?? null,
            version: dated.data.version ?? 1,
            corrected: correctionsAt(record, asOf).length > 0,
          });
        }
        break;
      case 'PlanProposed':
        proposals.push(dated);
        break;
      case 'PlanWithdrawn':
        withdrawal ??= dated;
        break;
      case 'PlanSuperseded':
        supersession ??= dated;
        break;
      case 'PlanRevised':
        if (dated.data.title) title = dated.data.title;
        break;
    }
  }
  const parties = Array.isArray(head.parties) && head.parties.length > 0 ? head.parties : [head.owner];
  return { id: plan.id, head, title, parties, adoptions, proposals, withdrawal, supersession };
}

function datedAt(record: PlanDecisionRecord, asOf: AsOf): DatedAt | null {
  if (!isVisibleAt(record, asOf)) return null;
  const data = viewAt(record, asOf)!;
  const date = dayDate(data.decidedOn);
  return date ? { eventId: record.eventId, date, data } : null;
}

/** Each expected party's first adoption (a party may adopt a revised version again). */
export function firstAdoptionByParty(plan: PlanAt): Map<ActorId, AdoptionAt> {
  const expected = new Set(plan.parties);
  const first = new Map<ActorId, AdoptionAt>();
  for (const adoption of plan.adoptions) {
    if (!expected.has(adoption.party)) continue;
    const known = first.get(adoption.party);
    if (!known || adoption.date.earliestDay < known.date.earliestDay) first.set(adoption.party, adoption);
  }
  return first;
}

/** When a plan counts as decided, in day numbers: certain from `certainDay`, possibly from `possibleDay`. */
export interface PlanStanding {
  readonly planId: string;
  readonly head: PlanHead;
  /** The last party's adoption, latest possible day; null until every party adopted. */
  readonly certainDay: number | null;
  /** The last party's adoption, earliest possible day. */
  readonly possibleDay: number | null;
  /** Withdrawal: it may stop counting from `withdrawnFrom`, and surely does from `withdrawnBy`. */
  readonly withdrawnFrom: number | null;
  readonly withdrawnBy: number | null;
}

export function standingOf(plan: PlanAt): PlanStanding {
  const first = firstAdoptionByParty(plan);
  let certainDay: number | null = null;
  let possibleDay: number | null = null;
  if (first.size === plan.parties.length) {
    certainDay = Number.NEGATIVE_INFINITY;
    possibleDay = Number.NEGATIVE_INFINITY;
    for (const adoption of first.values()) {
      certainDay = Math.max(certainDay, adoption.date.latestDay);
      possibleDay = Math.max(possibleDay, adoption.date.earliestDay);
    }
  }
  const withdrawn = plan.withdrawal?.date ?? null;
  return {
    planId: plan.id,
    head: plan.head,
    certainDay,
    possibleDay,
    withdrawnFrom: withdrawn?.earliestDay ?? null,
    withdrawnBy: withdrawn?.latestDay ?? null,
  };
}

/** Whether the plan counts at the cut-off day: certainly, possibly (imprecise dates straddle it), or not. */
export function countsAt(standing: PlanStanding, cutoffDay: number): 'certain' | 'possible' | null {
  if (standing.possibleDay === null || standing.possibleDay > cutoffDay) return null;
  if (standing.withdrawnBy !== null && standing.withdrawnBy <= cutoffDay) return null;
  const surelyStanding = standing.withdrawnFrom === null || standing.withdrawnFrom > cutoffDay;
  return standing.certainDay! <= cutoffDay && surelyStanding ? 'certain' : 'possible';
}

/** The plan's standing at `asOf`; at "now" it is cached on the plan until the plan changes. */
export function standingAt(plan: PlanRecord, asOf: AsOf): PlanStanding | null {
  return cachedAtNow(plan, 'cache', asOf, () => {
    const at = planAt(plan, asOf);
    return at && standingOf(at);
  });
}
