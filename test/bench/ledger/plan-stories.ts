import type { Actor } from '../../../src/actors/domain/actor.js';
import { streams } from '../../../src/ledger/domain/streams.js';
import type { PlanKind, PlanScope } from '../../../src/ledger/domain/vocabulary.js';
import { decisionDays } from './dates.js';
import { bodyOf, documentSource, protocolSource, type PlannedEvent, type PlannedGroup, type StoryContext } from './planned.js';

/** A plan still in force, which later years may revise, supersede or withdraw. */
export interface LivingPlan {
  readonly stream: string;
  readonly planId: string;
  readonly kind: PlanKind;
  readonly lan: Actor | null;
  readonly owner: Actor;
  readonly parties: readonly Actor[];
  version: number;
}

const KIND_NAMES: Record<PlanKind, string> = {
  malbild: 'Målbild',
  handlingsplan: 'Handlingsplan',
  fardplan: 'Färdplan',
  strategi: 'Strategi',
  gemensam_plan_primarvard: 'Gemensam plan för primärvården',
  overenskommelse: 'Överenskommelse',
  annan: 'Styrdokument',
};

/**
 * A plan's first year: initiated, usually proposed, then adopted by its
 * parties one by one, each by its own body on its own day; a few parties
 * have not adopted yet when the year ends, as in the real overviews.
 */
export function newPlan(ctx: StoryContext, sequence: number, kind: PlanKind, scope: PlanScope, owner: Actor, parties: readonly Actor[]): { group: PlannedGroup; plan: LivingPlan } {
  const { prng, year } = ctx;
  const planId = `${owner.id.replace(':', '-')}-${kind.replace(/_/g, '-')}-${year}-${sequence}`;
  const lan = owner.lan === null ? null : ctx.actors.get(owner.lan) ?? null;
  const title = `${scope === 'lan' ? 'Länsgemensam ' + KIND_NAMES[kind].toLowerCase() : KIND_NAMES[kind]} för nära vård, ${owner.shortName} ${year}`;
  const principal = ctx.principalFor(owner);
  const [initiatedDay, proposedDay] = decisionDays(prng, 2, 0).map((day) => Math.min(day, 250));
  const events: PlannedEvent[] = [
    ctx.planned(
      'PlanInitiated',
      {
        description: prng.chance(0.5) ? `${title}: mål och inriktning för omställningen till god och nära vård.` : null,
        initiatedOn: prng.chance(0.7) ? ctx.date(initiatedDay) : null,
        kind,
        lan: lan?.id ?? null,
        owner: owner.id,
        parties: parties.map((party) => party.id),
        planId,
        scope,
        title,
      },
      documentSource(owner, title),
      principal,
    ),
  ];
  if (prng.chance(0.8)) {
    const decidedOn = ctx.date(proposedDay);
    events.push(ctx.planned('PlanProposed', { decidedOn, planId, proposedBy: owner.id }, documentSource(owner, `Förslag: ${title}`), principal));
  }
  events.push(...adoptions(ctx, planId, 1, parties, 0.92, proposedDay, principal));
  return { group: { stream: streams.plan(planId), events }, plan: { stream: streams.plan(planId), planId, kind, lan, owner, parties, version: 1 } };
}

function adoptions(ctx: StoryContext, planId: string, version: number, parties: readonly Actor[], share: number, fromDay: number, principal: string): PlannedEvent[] {
  const adopting = ctx.prng.shuffle(parties.filter(() => ctx.prng.chance(share)));
  const days = decisionDays(ctx.prng, adopting.length, fromDay);
  return adopting.map((party, index) => {
    const decidedBy = bodyOf(ctx.prng, party);
    const decidedOn = ctx.date(days[index]);
    return ctx.planned('PlanAdopted', { decidedBy, decidedOn, party: party.id, planId, version }, protocolSource(party, decidedBy, decidedOn), principal);
  });
}

/** A later year's revision: a new version, adopted again by most parties. */
export function revision(ctx: StoryContext, plan: LivingPlan): PlannedGroup {
  const principal = ctx.principalFor(plan.owner);
  const [day] = decisionDays(ctx.prng, 1, 0).map((d) => Math.min(d, 250));
  plan.version += 1;
  const decidedOn = ctx.date(day);
  const revised = ctx.planned(
    'PlanRevised',
    { decidedOn, description: null, planId: plan.planId, title: null, version: plan.version },
    documentSource(plan.owner, `Reviderad version ${plan.version}, ${plan.planId}`),
    principal,
  );
  return { stream: plan.stream, events: [revised, ...adoptions(ctx, plan.planId, plan.version, plan.parties, 0.6, day, principal)] };
}

export function superseded(ctx: StoryContext, plan: LivingPlan, by: LivingPlan): PlannedGroup {
  const decidedOn = ctx.date(ctx.prng.int(200, 364));
  const event = ctx.planned('PlanSuperseded', { decidedOn, planId: plan.planId, supersededBy: by.planId }, documentSource(plan.owner, `Beslut om ny plan ${by.planId}`), ctx.principalFor(plan.owner));
  return { stream: plan.stream, events: [event] };
}

export function withdrawn(ctx: StoryContext, plan: LivingPlan): PlannedGroup {
  const decidedOn = ctx.date(ctx.prng.int(0, 364));
  const reason = ctx.prng.pick(['Arbetet avbröts efter omorganisation', 'Ersätts av nationell överenskommelse', 'Parterna kunde inte enas']);
  const event = ctx.planned('PlanWithdrawn', { decidedOn, planId: plan.planId, reason }, documentSource(plan.owner, `Beslut att avsluta ${plan.planId}`), ctx.principalFor(plan.owner));
  return { stream: plan.stream, events: [event] };
}
