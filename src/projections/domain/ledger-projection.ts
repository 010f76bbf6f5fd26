import { planAmended, planOf, planRecorded } from '../../adoption/domain/plans-projection.js';
import { emptyPlans, type PlanRecord, type PlansState } from '../../adoption/domain/plans-state.js';
import { applyToAudit } from '../../audit/domain/audit-projection.js';
import { codeOfUnasked, emptyAudit, type AuditState } from '../../audit/domain/audit-state.js';
import { initiativeAmended, initiativeOf, initiativeRecorded } from '../../indicators/domain/initiatives-projection.js';
import { emptyInitiatives, type InitiativeRecord, type InitiativesState } from '../../indicators/domain/initiatives-state.js';
import type { StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import { emptyFigures, figureAmended, figureRecorded, type FigureRecord, type FiguresState } from '../../reconciliation/domain/figures-projection.js';
import { emptyReportYears, forgetStream, type ReportYears } from '../../reports/digest/report-years.js';
import { applyToTimeline } from '../../timeline/domain/timeline-projection.js';
import { settleTimeline, trimmed } from '../../timeline/domain/timeline-placement.js';
import { emptyTimeline, type Subject, type TimelineEntry, type TimelineState } from '../../timeline/domain/timeline-state.js';
import type { Projection } from '../projection.js';
import { addListings } from './deferred-listings.js';
import type { LanOf } from './lan-of.js';
import { recordTime } from './versioned.js';

/** The read models that share one record per event: the timeline owns the records, the others index them. */
export interface LedgerState {
  readonly timeline: TimelineState;
  readonly plans: PlansState;
  readonly initiatives: InitiativesState;
  readonly figures: FiguresState;
  /** The timeline digested per year for trend reports (see ReportYears). */
  readonly reportYears: ReportYears;
  readonly audit: AuditState;
}

export const emptyLedger = (): LedgerState => ({
  timeline: emptyTimeline(),
  plans: emptyPlans(),
  initiatives: emptyInitiatives(),
  figures: emptyFigures(),
  reportYears: emptyReportYears(),
  audit: emptyAudit(),
});

/**
 * Timeline, plans, initiatives and figures in one reducer. Each event becomes
 * one record (a timeline entry, with its corrections and retraction), which
 * the plans, initiatives and figures models hold by reference: half the
 * memory and half the work of keeping a record per model, for a million events.
 * The audit index is applied here too: it takes each stream's code from the
 * timeline's subject, where a lookup per event in a codebook of every stream
 * cost a million-event rebuild about 0.35 s. Each model is still reachable
 * under its own name (`facets`).
 */
export function ledgerProjection(lanOf: LanOf): Projection<LedgerState> {
  return {
    name: 'ledger',
    // Record times, the principal of a correction, the source of a decision.
    metadata: ['recordedAt', 'principal', 'source'],
    initialState: emptyLedger,
    apply: (state, event) => {
      applyToLedger(state, event, lanOf);
      return state;
    },
    settle: (state) => {
      addListings(state.plans.unlisted);
      addListings(state.initiatives.unlisted);
      if (settleTimeline(state.timeline) === 'few') return;
      for (const plan of state.plans.plans.values()) plan.decisions = trimmed(plan.decisions);
      for (const initiative of state.initiatives.initiatives.values()) initiative.transitions = trimmed(initiative.transitions);
    },
    facets: {
      timeline: (state) => state.timeline,
      plans: (state) => state.plans,
      initiatives: (state) => state.initiatives,
      figures: (state) => state.figures,
      reportYears: (state) => state.reportYears,
      audit: (state) => state.audit,
    },
  };
}

export function applyToLedger(state: LedgerState, event: StoredLedgerEvent, lanOf: LanOf): void {
  // Digests of the stream's records as they were, and (below) as they are.
  forgetStream(state.reportYears, state.timeline, event.stream);
  const change = applyToTimeline(state.timeline, event, lanOf);
  const entry: TimelineEntry | null = change && ('added' in change ? change.added : change.amended);
  applyToAudit(state.audit, event, entry ? auditStreamCode(state.audit, entry.subject) : undefined);
  if (!change || !entry) return;
  forgetStream(state.reportYears, state.timeline, event.stream);
  const { subject } = entry;
  // The subject's copy of the name is the key the models' maps hold: found by identity, without comparing text.
  const stream = subject.stream;
  // The subject keeps its plan or initiative: a lookup per event in maps of
  // a hundred thousand streams or more missed the processor's caches.
  switch (subject.category) {
    case 'plan': {
      const plan = (subject.model ??= planOf(state.plans, stream)) as PlanRecord;
      if ('added' in change) planRecorded(state.plans, stream, entry, lanOf, plan);
      else planAmended(state.plans, stream, entry, recordTime(event), lanOf, plan);
      return;
    }
    case 'initiative': {
      const initiative = (subject.model ??= initiativeOf(state.initiatives, stream)) as InitiativeRecord;
      if ('added' in change) initiativeRecorded(state.initiatives, stream, entry, initiative);
      else initiativeAmended(state.initiatives, stream, entry, recordTime(event), initiative);
      return;
    }
    case 'indicator':
      if (entry.type !== 'FigurePublished') return;
      if ('added' in change) figureRecorded(state.figures, stream, entry as unknown as FigureRecord);
      else figureAmended(state.figures, recordTime(event));
      return;
  }
}

/** The audit's code for a subject's stream, asked of its codebook once per subject. */
function auditStreamCode(audit: AuditState, subject: Subject): number {
  if (subject.auditStream < 0) subject.auditStream = codeOfUnasked(audit.stream, subject.stream);
  return subject.auditStream;
}
