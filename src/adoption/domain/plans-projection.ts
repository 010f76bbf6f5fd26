import type { RecordCorrected, RecordRetracted } from '../../corrections/domain/correction-events.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { streamCategory, streamId } from '../../ledger/domain/streams.js';
import type { PlanEvent, PlanInitiated } from '../../plans/domain/plan-events.js';
import { decision, planHead } from '../../projections/domain/compact-data.js';
import {
  applyCorrection,
  applyRetraction,
  correctionOf,
  findRecord,
  recordTime,
  retractionOf,
  versioned,
  type Versioned,
} from '../../projections/domain/versioned.js';
import type { Projection } from '../../projections/projection.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import { emptyPlans, listed, type PlanDecisionRecord, type PlanRecord, type PlansState } from './plans-state.js';

/** Plans, their parties and adoptions: what the adoption queries and the plan indicators read. */
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

export function applyToPlans(state: PlansState, event: StoredLedgerEvent, lanOf: LanOf): void {
  switch (event.type) {
    case 'PlanInitiated':
      return initiate(state, event as StoredLedgerEvent<PlanInitiated>, lanOf);
    case 'PlanProposed':
    case 'PlanAdopted':
    case 'PlanRevised':
    case 'PlanSuperseded':
    case 'PlanWithdrawn':
      return decide(state, event as StoredLedgerEvent<PlanEvent>);
    case 'RecordCorrected':
    case 'RecordRetracted':
      return amend(state, event as StoredLedgerEvent<RecordCorrected | RecordRetracted>, lanOf);
    default:
      return;
  }
}

function planOf(state: PlansState, stream: string): PlanRecord | null {
  if (streamCategory(stream) !== 'plan') return null;
  const id = streamId(stream);
  let plan = state.plans.get(id);
  if (!plan) state.plans.set(id, (plan = { id, head: null, decisions: [], version: 0, cache: null }));
  return plan;
}

function changed(state: PlansState, plan: PlanRecord, recordedAt: number): void {
  plan.version++;
  state.version++;
  if (recordedAt > state.maxRecordedAt) state.maxRecordedAt = recordedAt;
}

function initiate(state: PlansState, event: StoredLedgerEvent<PlanInitiated>, lanOf: LanOf): void {
  const plan = planOf(state, event.stream);
  if (!plan || plan.head) return;
  plan.head = versioned(event, planHead(event.data));
  list(state, plan, lanOf);
  changed(state, plan, plan.head.recordedAt);
}

/** Lists the plan under its län, its owner's län and its kind as they are now (adding, never removing). */
function list(state: PlansState, plan: PlanRecord, lanOf: LanOf): void {
  const head = plan.head!.current;
  if (head.lan) listed(state.byLan, head.lan, plan);
  const ownerLan = lanOf(head.owner);
  if (ownerLan) listed(state.byLan, ownerLan, plan);
  listed(state.byKind, head.kind, plan);
}

function decide(state: PlansState, event: StoredLedgerEvent<PlanEvent>): void {
  const plan = planOf(state, event.stream);
  if (!plan || findRecord(plan.decisions, event.id)) return;
  const record: PlanDecisionRecord = { ...versioned(event, decision(event)), type: event.type as PlanDecisionRecord['type'] };
  plan.decisions.push(record);
  changed(state, plan, record.recordedAt);
}

function amend(state: PlansState, event: StoredLedgerEvent<RecordCorrected | RecordRetracted>, lanOf: LanOf): void {
  const plan = streamCategory(event.stream) === 'plan' ? state.plans.get(streamId(event.stream)) : undefined;
  if (!plan) return;
  const targetId = event.type === 'RecordCorrected' ? event.data.correctedEventId : event.data.retractedEventId;
  const target: Versioned<unknown> | undefined = plan.head?.eventId === targetId ? plan.head : findRecord(plan.decisions, targetId);
  if (!target) return;
  const applied = event.type === 'RecordCorrected' ? applyCorrection(target, correctionOf(event)) : applyRetraction(target, retractionOf(event));
  if (!applied) return;
  if (target === plan.head) list(state, plan, lanOf);
  changed(state, plan, recordTime(event));
}
