import { FOCUS_AREAS, INITIATIVE_KINDS, PLAN_KINDS, PROGRAMS, TARGET_GROUPS } from '../../ledger/domain/vocabulary.js';
import { actor, count, decisionDate, listOf, nonNegativeNumber, nullable, oneOf, text, type FieldValidator } from './field-validators.js';

const transitionFields = { decidedOn: decisionDate, decidedBy: nullable(text(200)), note: nullable(text(2000)) };

/**
 * What a correction may change, per event type. Identity and structure (ids,
 * scope, owners, parties, versions) are not corrected: retract the event and
 * record it again, so the audit shows why the structure changed.
 */
export const CORRECTABLE_FIELDS: Readonly<Record<string, Readonly<Record<string, FieldValidator>>>> = {
  PlanInitiated: { title: text(), kind: oneOf(PLAN_KINDS), initiatedOn: nullable(decisionDate), description: nullable(text(5000)) },
  PlanProposed: { decidedOn: decisionDate, proposedBy: nullable(actor) },
  PlanAdopted: { decidedOn: decisionDate, decidedBy: text(200) },
  PlanRevised: { decidedOn: decisionDate, title: nullable(text()), description: nullable(text(5000)) },
  PlanSuperseded: { decidedOn: decisionDate },
  PlanWithdrawn: { decidedOn: decisionDate, reason: text(2000) },
  InitiativeRegistered: {
    title: text(),
    kind: oneOf(INITIATIVE_KINDS),
    program: nullable(oneOf(PROGRAMS)),
    targetGroups: listOf(TARGET_GROUPS),
    focusAreas: listOf(FOCUS_AREAS),
    description: nullable(text(5000)),
  },
  InitiativeDecided: transitionFields,
  InitiativeStarted: transitionFields,
  InitiativeScaledUp: transitionFields,
  InitiativeMadePermanent: transitionFields,
  InitiativeEnded: transitionFields,
  FigurePublished: {
    value: nonNegativeNumber,
    numerator: nullable(count),
    denominator: nullable(count),
    decidedOn: nullable(decisionDate),
    note: nullable(text(2000)),
  },
};
