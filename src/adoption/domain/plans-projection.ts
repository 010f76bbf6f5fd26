import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import { decision, planHead, type PlanHead } from '../../projections/domain/compact-data.js';
import { listLater } from '../../projections/domain/deferred-listings.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import { amendRecord, findRecord, recordTime, versioned, type Versioned } from '../../projections/domain/versioned.js';
import type { Projection } from '../../projections/projection.js';
import { emptyPlans, type PlanDecisionRecord, type PlanRecord, type PlansState } from './plans-state.js';

/**
 * Plans on their own, with records of their own. The runner feeds plans from
 * the ledger projection instead, which shares the timeline's records (see
 * ledger-projection.ts); both go through `planRecorded` and `planAmended`.
 */
export function plansProjection(lanOf: LanOf): Projection<PlansState> {
  return {
    name: 'plans',
    initialState: emptyPlans,
    apply: (state, event) => {
      applyToPlans(state, event, lanOf);
      return state;
    },
  };
}

function applyToPlans(state: PlansState, event: StoredLedgerEvent, lanOf: LanOf): void {
  if (streamCategory(event.stream) !== 'plan') return;
  switch (event.type) {
    case 'PlanInitiated':
      if (state.plans.get(event.stream)?.head) return;
      return planRecorded(state, event.stream, { ...versioned(event, planHead(event)), type: event.type }, lanOf);
    case 'PlanProposed':
    case 'PlanAdopted':
    case 'PlanRevised':
    case 'PlanSuperseded':
    case 'PlanWithdrawn': {
      const known = state.plans.get(event.stream);
      if (known && findRecord(known.decisions, event.id)) return;
      return planRecorded(state, event.stream, { ...versioned(event, decision(event)), type: event.type }, lanOf);
    }
    case 'RecordCorrected':
    case 'RecordRetracted': {
      const plan = state.plans.get(event.stream);
      const amendment = event as StoredLedgerEvent<RecordCorrected | RecordRetracted>;
      const targetId = amendment.type === 'RecordCorrected' ? amendment.data.correctedEventId : amendment.data.retractedEventId;
      const target: Versioned<unknown> | undefined = plan && (plan.head?.eventId === targetId ? plan.head : findRecord(plan.decisions, targetId));
      if (target && amendRecord(target, amendment)) planAmended(state, event.stream, target, recordTime(event), lanOf);
      return;
    }
    default:
      return;
  }
}

/** A plan event's record as a plan keeps it: the head (PlanInitiated) or one of its decisions. */
export type PlanEventRecord = Versioned<unknown> & { readonly type: string };

/** The plan of a plan stream, made at its first event. */
export function planOf(state: PlansState, stream: string): PlanRecord {
  let plan = state.plans.get(stream);
  if (!plan) state.plans.set(stream, (plan = { id: streamId(stream), head: null, decisions: [], version: 0, cache: null, adoptionCache: null, listCache: null }));
  return plan;
}

function changed(state: PlansState, plan: PlanRecord, recordedAt: number): void {
  plan.version++;
  state.version++;
  if (recordedAt > state.maxRecordedAt) state.maxRecordedAt = recordedAt;
}

/** Lists the plan under its län, its owner's län and its kind as they are now (adding, never removing). */
function list(state: PlansState, plan: PlanRecord, lanOf: LanOf): void {
  const head = plan.head!.current;
  if (head.lan) listLater(state.unlisted, state.byLan, head.lan, plan);
  const ownerLan = lanOf(head.owner);
  if (ownerLan) listLater(state.unlisted, state.byLan, ownerLan, plan);
  listLater(state.unlisted, state.byKind, head.kind, plan);
}

/** A new plan event (not a redelivery: the caller checked) of the plan stream `stream`, whose plan the caller may have at hand. */
export function planRecorded(state: PlansState, stream: string, record: PlanEventRecord, lanOf: LanOf, plan = planOf(state, stream)): void {
  if (record.type === 'PlanInitiated') {
    if (plan.head) return;
    plan.head = record as Versioned<PlanHead>;
    list(state, plan, lanOf);
  } else {
    plan.decisions.push(record as PlanDecisionRecord);
  }
  changed(state, plan, record.recordedAt);
}

/** One of the plan's records was corrected or retracted (already applied to the record). */
export function planAmended(state: PlansState, stream: string, record: Versioned<unknown>, recordedAt: number, lanOf: LanOf, plan = state.plans.get(stream)): void {
  if (!plan) return;
  if (record === plan.head) list(state, plan, lanOf);
  changed(state, plan, recordedAt);
}
