import type { ActorKind } from '../../actors/domain/actor.js';
import type { InitiatePlan } from '../../ledger/domain/commands.js';
import type { DecideContext } from '../../ledger/domain/decider.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import {
  optionalDecisionDate,
  optionalText,
  requireActor,
  requireDistinct,
  requireOneOf,
  requireSlug,
  requireText,
} from '../../ledger/domain/rules.js';
import { PLAN_KINDS, PLAN_SCOPES, type ActorId, type PlanScope } from '../../ledger/domain/vocabulary.js';
import type { PlanInitiated } from './plan-events.js';
import type { PlanState } from './plan-state.js';

/** The kind of actor that owns a plan of each scope; a länsgemensam plan is owned by the län. */
const OWNER_KIND: Record<PlanScope, ActorKind> = { lan: 'lan', region: 'region', kommun: 'kommun', national: 'national' };

function ownerOf(command: InitiatePlan, scope: PlanScope, context: DecideContext): ActorId {
  const { actors } = context;
  if (command.owner !== undefined) {
    requireActor(actors, command.owner, 'owner', [OWNER_KIND[scope]]);
    return command.owner;
  }
  if (scope === 'lan' && command.lan !== undefined) return command.lan;
  if (scope === 'region' && command.lan !== undefined) return command.lan.replace(/^lan:/, 'region:');
  throw new DomainError('PLAN.OWNER_REQUIRED', `owner måste anges för en plan med scope ${scope} (en aktör av typen ${OWNER_KIND[scope]})`, 'owner', 'required');
}

function lanOf(command: InitiatePlan, scope: PlanScope, owner: ActorId, context: DecideContext): ActorId | null {
  const { actors } = context;
  if (scope === 'national') {
    if (command.lan !== undefined) {
      throw new DomainError('PLAN.LAN_NOT_ALLOWED', 'lan anges inte för en nationell plan', 'lan', 'national-without-lan');
    }
    return null;
  }
  const ownerLan = actors.get(owner)?.lan ?? null;
  if (command.lan !== undefined && command.lan !== ownerLan) {
    throw new DomainError('PLAN.OWNER_OUTSIDE_LAN', `owner ${owner} ligger inte i ${command.lan}`, 'owner', 'owner-in-lan');
  }
  return ownerLan;
}

function partiesOf(command: InitiatePlan, scope: PlanScope, owner: ActorId, lan: ActorId | null, context: DecideContext): ActorId[] {
  const { actors } = context;
  if (command.parties === undefined) return scope === 'lan' && lan ? actors.defaultParties(lan) : [owner];
  if (command.parties.length === 0) {
    throw new DomainError('PLAN.PARTIES_EMPTY', 'parties får inte vara tom; utelämna fältet för standardparterna', 'parties', 'non-empty');
  }
  command.parties.forEach((party, index) => {
    const actor = requireActor(actors, party, `parties[${index}]`);
    if (scope === 'lan' && actor.lan !== lan) {
      throw new DomainError('PLAN.PARTY_OUTSIDE_LAN', `${actor.name} ligger inte i ${lan}`, `parties[${index}]`, 'party-in-lan');
    }
  });
  return requireDistinct(command.parties, 'parties', 'PLAN.DUPLICATE_PARTY');
}

/** Decides InitiatePlan: fills the owner, län and default parties from the scope. */
export function initiatePlan(command: InitiatePlan, state: PlanState, context: DecideContext): PlanInitiated {
  const planId = requireSlug(command.planId, 'planId', 'PLAN.INVALID_ID');
  if (state.exists) throw new DomainError('PLAN.ALREADY_EXISTS', `Planen "${planId}" finns redan`, 'planId', 'unique-plan');
  const title = requireText(command.title, 'title', 'PLAN.TITLE_REQUIRED');
  const kind = requireOneOf(PLAN_KINDS, command.kind, 'kind', 'PLAN.UNKNOWN_KIND');
  const scope = requireOneOf(PLAN_SCOPES, command.scope, 'scope', 'PLAN.UNKNOWN_SCOPE');
  if (scope === 'lan' && command.lan === undefined) {
    throw new DomainError('PLAN.LAN_REQUIRED', 'lan måste anges för en länsgemensam plan, t.ex. lan:17', 'lan', 'required');
  }
  if (scope !== 'national' && command.lan !== undefined) requireActor(context.actors, command.lan, 'lan', ['lan']);
  const owner = ownerOf(command, scope, context);
  requireActor(context.actors, owner, 'owner', [OWNER_KIND[scope]]);
  const lan = lanOf(command, scope, owner, context);
  return {
    type: 'PlanInitiated',
    data: {
      planId,
      title,
      kind,
      scope,
      lan,
      owner,
      parties: partiesOf(command, scope, owner, lan, context),
      initiatedOn: optionalDecisionDate(command.initiatedOn, 'initiatedOn', context.now),
      description: optionalText(command.description, 'description', 'PLAN.DESCRIPTION_TOO_LONG'),
    },
  };
}
