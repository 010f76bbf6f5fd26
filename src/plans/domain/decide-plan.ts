import type { LedgerCommand } from '../../ledger/domain/commands.js';
import type { DecideContext, Decider } from '../../ledger/domain/decider.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { optionalText, requireActor, requireDecisionDate, requireSlug, requireText } from '../../ledger/domain/rules.js';
import { initiatePlan } from './initiate-plan.js';
import type { PlanEvent } from './plan-events.js';
import { currentAdoptions, evolvePlan, initialPlanState, type Plan, type PlanState } from './plan-state.js';

export type PlanCommand = Extract<
  LedgerCommand,
  { command: 'InitiatePlan' | 'ProposePlan' | 'AdoptPlan' | 'RevisePlan' | 'SupersedePlan' | 'WithdrawPlan' }
>;

export interface PlanDecideContext extends DecideContext {
  /** For SupersedePlan: the state of the plan named in `supersededBy`, read by the handler. */
  readonly supersedingPlan?: PlanState;
}

function requireExisting(state: PlanState, planId: string): Plan {
  if (!state.exists) throw new DomainError('PLAN.NOT_FOUND', `Planen "${planId}" finns inte`, 'planId', 'known-plan');
  return state;
}

/** A withdrawn or superseded plan takes no further decisions. */
function requireOpen(state: PlanState, planId: string): Plan {
  const plan = requireExisting(state, planId);
  if (plan.withdrawn) {
    throw new DomainError('PLAN.WITHDRAWN', `Planen "${planId}" återkallades ${plan.withdrawn.decidedOn}`, 'planId', 'plan-open');
  }
  if (plan.supersededBy) {
    throw new DomainError('PLAN.SUPERSEDED', `Planen "${planId}" ersattes av "${plan.supersededBy.planId}" ${plan.supersededBy.decidedOn}`, 'planId', 'plan-open');
  }
  return plan;
}

export function decidePlan(command: PlanCommand, state: PlanState, context: PlanDecideContext): PlanEvent[] {
  const { now, actors } = context;
  switch (command.command) {
    case 'InitiatePlan':
      return [initiatePlan(command.data, state, context)];
    case 'ProposePlan': {
      const { planId, decidedOn, proposedBy } = command.data;
      requireOpen(state, planId);
      if (proposedBy !== undefined) requireActor(actors, proposedBy, 'proposedBy');
      return [{ type: 'PlanProposed', data: { planId, decidedOn: requireDecisionDate(decidedOn, 'decidedOn', now), proposedBy: proposedBy ?? null } }];
    }
    case 'AdoptPlan': {
      const { planId, party, decidedOn, decidedBy } = command.data;
      const plan = requireOpen(state, planId);
      const actor = requireActor(actors, party, 'party');
      if (!plan.parties.includes(party)) {
        throw new DomainError('PLAN.PARTY_NOT_A_PARTY', `${actor.name} (${party}) är inte part i planen "${planId}"; parter: ${plan.parties.join(', ')}`, 'party', 'plan-party');
      }
      const earlier = currentAdoptions(plan).find((adoption) => adoption.party === party);
      if (earlier) {
        throw new DomainError('PLAN.PARTY_ALREADY_ADOPTED', `${actor.name} antog redan version ${plan.version} av planen (${earlier.decidedOn})`, 'party', 'one-adoption-per-party');
      }
      return [{
        type: 'PlanAdopted',
        data: {
          planId,
          party,
          decidedOn: requireDecisionDate(decidedOn, 'decidedOn', now),
          decidedBy: requireText(decidedBy, 'decidedBy', 'PLAN.DECIDED_BY_REQUIRED', 200),
          version: plan.version,
        },
      }];
    }
    case 'RevisePlan': {
      const { planId, decidedOn, title, description } = command.data;
      const plan = requireOpen(state, planId);
      return [{
        type: 'PlanRevised',
        data: {
          planId,
          version: plan.version + 1,
          decidedOn: requireDecisionDate(decidedOn, 'decidedOn', now),
          title: title === undefined ? null : requireText(title, 'title', 'PLAN.TITLE_REQUIRED'),
          description: optionalText(description, 'description', 'PLAN.DESCRIPTION_TOO_LONG'),
        },
      }];
    }
    case 'SupersedePlan': {
      const { planId, supersededBy, decidedOn } = command.data;
      requireOpen(state, planId);
      requireSlug(supersededBy, 'supersededBy', 'PLAN.INVALID_ID');
      if (supersededBy === planId) {
        throw new DomainError('PLAN.SUPERSEDED_BY_ITSELF', 'En plan kan inte ersättas av sig själv', 'supersededBy', 'other-plan');
      }
      if (!context.supersedingPlan?.exists) {
        throw new DomainError('PLAN.SUPERSEDING_PLAN_UNKNOWN', `supersededBy: planen "${supersededBy}" finns inte; registrera den först`, 'supersededBy', 'known-plan');
      }
      return [{ type: 'PlanSuperseded', data: { planId, supersededBy, decidedOn: requireDecisionDate(decidedOn, 'decidedOn', now) } }];
    }
    case 'WithdrawPlan': {
      const { planId, decidedOn, reason } = command.data;
      requireOpen(state, planId);
      return [{
        type: 'PlanWithdrawn',
        data: { planId, decidedOn: requireDecisionDate(decidedOn, 'decidedOn', now), reason: requireText(reason, 'reason', 'PLAN.REASON_REQUIRED', 2000) },
      }];
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

export const planDecider: Decider<PlanCommand, PlanEvent, PlanState, PlanDecideContext> = {
  initialState: initialPlanState,
  evolve: evolvePlan,
  decide: decidePlan,
};
