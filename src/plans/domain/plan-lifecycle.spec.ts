import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import { foldEvents } from '../../ledger/domain/decider.js';
import { decidePlan, planDecider, type PlanCommand, type PlanDecideContext } from './decide-plan.js';
import type { PlanEvent, PlanInitiated } from './plan-events.js';
import { initialPlanState, planStatus, type Plan } from './plan-state.js';

const actors = loadActorRegistry();
const now = new Date('2024-01-15T09:00:00Z');
const planId = 'varmland-fardplan';

const given = (...events: PlanEvent[]) => ({
  when: (command: PlanCommand, extra: Partial<PlanDecideContext> = {}) => () =>
    decidePlan(command, foldEvents(planDecider, events), { now, actors, ...extra }),
});

const varmlandFardplanInitiated = (): PlanInitiated => ({
  type: 'PlanInitiated',
  data: { planId, title: 'Länsgemensam färdplan', kind: 'fardplan', scope: 'lan', lan: 'lan:17', owner: 'lan:17', parties: ['lan:17'], initiatedOn: '2022-23', description: null },
});
const givenVarmlandFardplanInitiated = (...later: PlanEvent[]) => given(varmlandFardplanInitiated(), ...later);
const withdrawnFardplan: PlanEvent = { type: 'PlanWithdrawn', data: { planId, decidedOn: '2023', reason: 'Arbetet avbröts' } };
const refusedWith = (code: string, field?: string) => expect.objectContaining({ code, ...(field ? { field } : {}) });

describe('proposing, revising, superseding and withdrawing a plan', () => {
  it('records a proposal put forward by the län\'s joint body', () => {
    expect(givenVarmlandFardplanInitiated().when({ command: 'ProposePlan', data: { planId, decidedOn: '2022-11', proposedBy: 'lan:17' } })()).toEqual([
      { type: 'PlanProposed', data: { planId, decidedOn: '2022-11', proposedBy: 'lan:17' } },
    ]);
  });

  it('gives a revision the next version number', () => {
    const revised: PlanEvent = { type: 'PlanRevised', data: { planId, version: 2, decidedOn: '2023', title: null, description: null } };
    expect(givenVarmlandFardplanInitiated(revised).when({ command: 'RevisePlan', data: { planId, decidedOn: '2024-01', title: 'Färdplan 2024' } })()).toEqual([
      { type: 'PlanRevised', data: { planId, version: 3, decidedOn: '2024-01', title: 'Färdplan 2024', description: null } },
    ]);
  });

  it('supersedes a plan by another plan of the ledger', () => {
    const command: PlanCommand = { command: 'SupersedePlan', data: { planId, supersededBy: 'varmland-fardplan-2024', decidedOn: '2024-01-10' } };
    const supersedingPlan = foldEvents(planDecider, [{ ...varmlandFardplanInitiated(), data: { ...varmlandFardplanInitiated().data, planId: 'varmland-fardplan-2024' } }]);
    expect(givenVarmlandFardplanInitiated().when(command, { supersedingPlan })()).toEqual([
      { type: 'PlanSuperseded', data: { planId, supersededBy: 'varmland-fardplan-2024', decidedOn: '2024-01-10' } },
    ]);
    expect(givenVarmlandFardplanInitiated().when(command, { supersedingPlan: initialPlanState() })).toThrow(refusedWith('PLAN.SUPERSEDING_PLAN_UNKNOWN', 'supersededBy'));
    expect(givenVarmlandFardplanInitiated().when({ ...command, data: { ...command.data, supersededBy: planId } }, { supersedingPlan })).toThrow(
      refusedWith('PLAN.SUPERSEDED_BY_ITSELF', 'supersededBy'),
    );
  });

  it('withdraws a plan with a reason, once', () => {
    const withdraw: PlanCommand = { command: 'WithdrawPlan', data: { planId, decidedOn: '2023', reason: 'Arbetet avbröts' } };
    expect(givenVarmlandFardplanInitiated().when(withdraw)()).toEqual([withdrawnFardplan]);
    expect(givenVarmlandFardplanInitiated(withdrawnFardplan).when(withdraw)).toThrow(refusedWith('PLAN.WITHDRAWN'));
    expect(givenVarmlandFardplanInitiated().when({ ...withdraw, data: { ...withdraw.data, reason: ' ' } })).toThrow(refusedWith('PLAN.REASON_REQUIRED', 'reason'));
  });

  it.each<PlanCommand>([
    { command: 'ProposePlan', data: { planId, decidedOn: '2023' } },
    { command: 'RevisePlan', data: { planId, decidedOn: '2023' } },
    { command: 'SupersedePlan', data: { planId, supersededBy: 'other', decidedOn: '2023' } },
  ])('refuses $command on a withdrawn plan', (command) => {
    expect(givenVarmlandFardplanInitiated(withdrawnFardplan).when(command)).toThrow(refusedWith('PLAN.WITHDRAWN'));
  });

  it('refuses proposing a plan that does not exist, or by an unknown actor', () => {
    expect(given().when({ command: 'ProposePlan', data: { planId, decidedOn: '2023' } })).toThrow(refusedWith('PLAN.NOT_FOUND', 'planId'));
    expect(givenVarmlandFardplanInitiated().when({ command: 'ProposePlan', data: { planId, decidedOn: '2023', proposedBy: 'lan:00' } })).toThrow(
      refusedWith('ACTOR.UNKNOWN', 'proposedBy'),
    );
  });
});

describe('the status of a plan', () => {
  const statusAfter = (...events: PlanEvent[]) => planStatus(foldEvents(planDecider, [varmlandFardplanInitiated(), ...events]) as Plan);
  const adopted: PlanEvent = { type: 'PlanAdopted', data: { planId, party: 'lan:17', decidedOn: '2023-01', decidedBy: 'direktörsberedningen', version: 1 } };

  it('moves from initiated to proposed to adopted', () => {
    expect(statusAfter()).toBe('initiated');
    expect(statusAfter({ type: 'PlanProposed', data: { planId, decidedOn: '2022-11', proposedBy: null } })).toBe('proposed');
    expect(statusAfter(adopted)).toBe('adopted');
  });

  it('is withdrawn or superseded whatever was adopted', () => {
    expect(statusAfter(adopted, withdrawnFardplan)).toBe('withdrawn');
    expect(statusAfter(adopted, { type: 'PlanSuperseded', data: { planId, supersededBy: 'x', decidedOn: '2024' } })).toBe('superseded');
  });
});
