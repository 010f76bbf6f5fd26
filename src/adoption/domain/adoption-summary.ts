import type { ActorId } from '../../ledger/domain/vocabulary.js';
import { dateView, isoDayOf, type DateView } from '../../projections/domain/day-dates.js';
import { firstAdoptionByParty, standingOf, type AdoptionAt, type PlanAt } from './plan-at.js';

export type PlanStatus = 'initiated' | 'proposed' | 'adopting' | 'fully_adopted' | 'superseded' | 'withdrawn';

export interface PartyAdoption {
  readonly actor: ActorId;
  readonly adopted: boolean;
  readonly adoptedOn: DateView | null;
  readonly decidedBy: string | null;
  readonly eventId: string | null;
  readonly corrected: boolean;
}

/** Who was expected to adopt a plan, who did and when, and who is missing. */
export interface PlanAdoption {
  readonly planId: string;
  readonly title: string;
  readonly kind: string;
  readonly scope: string;
  readonly lan: ActorId | null;
  readonly owner: ActorId;
  readonly status: PlanStatus;
  readonly expected: number;
  readonly adopted: number;
  readonly parties: readonly PartyAdoption[];
  readonly missing: readonly ActorId[];
  readonly firstAdoptedOn: DateView | null;
  readonly lastAdoptedOn: DateView | null;
  /**
   * The day the last party adopted, once all have. With imprecise dates
   * `earliest`..`latest` is the window in which the plan became fully adopted.
   */
  readonly fullyAdoptedOn: DateView | null;
  /** Days from the first adoption to full adoption; null when imprecise dates leave a range. */
  readonly leadTimeDays: number | null;
  readonly leadTimeRange: { readonly min: number; readonly max: number } | null;
  readonly proposedOn: DateView | null;
  readonly withdrawnOn: DateView | null;
  readonly withdrawalReason: string | null;
  readonly supersededOn: DateView | null;
  readonly supersededBy: string | null;
}

const byStart = (a: AdoptionAt, b: AdoptionAt) => a.date.earliestDay - b.date.earliestDay || a.position - b.position;
const byEnd = (a: AdoptionAt, b: AdoptionAt) =>
  a.date.latestDay - b.date.latestDay || a.date.earliestDay - b.date.earliestDay || a.position - b.position;

export function adoptionOf(plan: PlanAt): PlanAdoption {
  const first = firstAdoptionByParty(plan);
  const counted = [...first.values()];
  const earliest = counted.length > 0 ? counted.reduce((a, b) => (byStart(a, b) <= 0 ? a : b)) : null;
  const last = counted.length > 0 ? counted.reduce((a, b) => (byEnd(a, b) >= 0 ? a : b)) : null;
  const standing = standingOf(plan);
  const full = standing.certainDay !== null && last ? last : null;
  const fullyAdoptedOn =
    full && standing.possibleDay !== null && standing.certainDay !== null
      ? { ...dateView(full.date), earliest: isoDayOf(standing.possibleDay), latest: isoDayOf(standing.certainDay), approximate: counted.some((a) => a.date.approximate) }
      : null;
  const leadTimeRange =
    full && earliest && standing.possibleDay !== null && standing.certainDay !== null
      ? { min: Math.max(0, standing.possibleDay - earliest.date.latestDay), max: standing.certainDay - earliest.date.earliestDay }
      : null;
  const proposal = plan.proposals.length > 0 ? plan.proposals.reduce((a, b) => (b.date.earliestDay < a.date.earliestDay ? b : a)) : null;
  return {
    planId: plan.id,
    title: plan.title,
    kind: plan.head.kind,
    scope: plan.head.scope,
    lan: plan.head.lan,
    owner: plan.head.owner,
    status: statusOf(plan, counted.length, full !== null),
    expected: plan.parties.length,
    adopted: counted.length,
    parties: plan.parties.map((actor) => partyAdoption(actor, first.get(actor))),
    missing: plan.parties.filter((actor) => !first.has(actor)),
    firstAdoptedOn: earliest && dateView(earliest.date),
    lastAdoptedOn: last && dateView(last.date),
    fullyAdoptedOn,
    leadTimeDays: leadTimeRange && leadTimeRange.min === leadTimeRange.max ? leadTimeRange.min : null,
    leadTimeRange,
    proposedOn: proposal && dateView(proposal.date),
    withdrawnOn: plan.withdrawal && dateView(plan.withdrawal.date),
    withdrawalReason: plan.withdrawal?.data.reason ?? null,
    supersededOn: plan.supersession && dateView(plan.supersession.date),
    supersededBy: plan.supersession?.data.supersededBy ?? null,
  };
}

function statusOf(plan: PlanAt, adopted: number, fully: boolean): PlanStatus {
  if (plan.withdrawal) return 'withdrawn';
  if (plan.supersession) return 'superseded';
  if (fully) return 'fully_adopted';
  if (adopted > 0) return 'adopting';
  return plan.proposals.length > 0 ? 'proposed' : 'initiated';
}

function partyAdoption(actor: ActorId, adoption: AdoptionAt | undefined): PartyAdoption {
  return {
    actor,
    adopted: adoption !== undefined,
    adoptedOn: adoption ? dateView(adoption.date) : null,
    decidedBy: adoption?.decidedBy ?? null,
    eventId: adoption?.eventId ?? null,
    corrected: adoption?.corrected ?? false,
  };
}
