import type { Actor } from '../../../src/actors/domain/actor.js';
import type { LedgerEventType } from '../../../src/ledger/domain/ledger-event.js';
import { streams } from '../../../src/ledger/domain/streams.js';
import { FOCUS_AREAS, PROGRAMS, TARGET_GROUPS, type InitiativeKind } from '../../../src/ledger/domain/vocabulary.js';
import { decisionDays } from './dates.js';
import { bodyOf, documentSource, protocolSource, type PlannedEvent, type PlannedGroup, type StoryContext } from './planned.js';

/** An initiative that has started and not ended: later years may scale it up, make it permanent or end it. */
export interface LivingInitiative {
  readonly stream: string;
  readonly initiativeId: string;
  readonly owner: Actor;
  permanent: boolean;
}

const KINDS: readonly (readonly [InitiativeKind, number])[] = [
  ['mobilt_team', 30],
  ['pilot', 25],
  ['tjanst', 25],
  ['utbildning', 12],
  ['annan', 8],
];

const KIND_NAMES: Record<InitiativeKind, string> = {
  mobilt_team: 'Mobilt team',
  pilot: 'Pilot',
  tjanst: 'Tjänst',
  utbildning: 'Utbildning',
  annan: 'Insats',
};

/**
 * An initiative's first year: registered, decided, usually started. Owners
 * are one actor, or a region with some of its kommuner (a joint mobile team).
 */
export function newInitiative(ctx: StoryContext, sequence: number, owner: Actor): { group: PlannedGroup; living: LivingInitiative | null } {
  const { prng, year } = ctx;
  const kind = prng.weighted(KINDS);
  const initiativeId = `${owner.id.replace(':', '-')}-${kind.replace(/_/g, '-')}-${year}-${sequence}`;
  const joint = owner.kind === 'region' && owner.lan !== null && prng.chance(0.25);
  const partners = joint ? prng.sample(ctx.actors.kommunerOf(owner.lan as string).filter((kommun) => kommun.sameBodyAs !== owner.id), prng.int(1, 4)) : [];
  const program = kind === 'tjanst' || kind === 'pilot' ? (prng.chance(0.7) ? prng.pick(PROGRAMS) : null) : null;
  const title = `${KIND_NAMES[kind]}${program ? ` (${program.replace(/_/g, ' ')})` : ''}, ${owner.name} ${year}`;
  const principal = ctx.principalFor(owner);
  const registered = ctx.planned(
    'InitiativeRegistered',
    {
      description: prng.chance(0.4) ? `${title}: arbetssätt för nära vård.` : null,
      focusAreas: prng.sample(FOCUS_AREAS, prng.int(1, 3)),
      initiativeId,
      kind,
      lan: owner.lan,
      owners: [owner.id, ...partners.map((partner) => partner.id)],
      program,
      targetGroups: prng.sample(TARGET_GROUPS, prng.int(1, 2)),
      title,
    },
    documentSource(owner, title),
    principal,
  );
  const started = prng.chance(0.8);
  const days = decisionDays(prng, 2, 0);
  const events: PlannedEvent[] = [registered, transition(ctx, 'InitiativeDecided', initiativeId, owner, days[0], principal)];
  if (started) events.push(transition(ctx, 'InitiativeStarted', initiativeId, owner, days[1], principal));
  const stream = streams.initiative(initiativeId);
  return { group: { stream, events }, living: started ? { stream, initiativeId, owner, permanent: false } : null };
}

/** A later year of a running initiative: scaled up, made permanent, or ended; null when nothing was decided. */
export function laterYear(ctx: StoryContext, initiative: LivingInitiative): { group: PlannedGroup | null; ended: boolean } {
  const { prng } = ctx;
  const principal = ctx.principalFor(initiative.owner);
  const events: PlannedEvent[] = [];
  const days = decisionDays(prng, 2, 0);
  if (prng.chance(0.2)) events.push(transition(ctx, 'InitiativeScaledUp', initiative.initiativeId, initiative.owner, days[0], principal));
  if (!initiative.permanent && prng.chance(0.15)) {
    initiative.permanent = true;
    events.push(transition(ctx, 'InitiativeMadePermanent', initiative.initiativeId, initiative.owner, days[1], principal));
  }
  const ended = events.length === 0 && prng.chance(initiative.permanent ? 0.03 : 0.12);
  if (ended) events.push(transition(ctx, 'InitiativeEnded', initiative.initiativeId, initiative.owner, days[1], principal));
  return { group: events.length > 0 ? { stream: initiative.stream, events } : null, ended };
}

function transition(ctx: StoryContext, type: LedgerEventType, initiativeId: string, owner: Actor, day: number, principal: string): PlannedEvent {
  const decidedBy = ctx.prng.chance(0.7) ? bodyOf(ctx.prng, owner) : null;
  const decidedOn = ctx.date(day);
  const note = ctx.prng.chance(0.2) ? 'Enligt verksamhetsberättelsen' : null;
  const source = decidedBy ? protocolSource(owner, decidedBy, decidedOn) : documentSource(owner, `Verksamhetsberättelse ${owner.name} ${ctx.year}`);
  return ctx.planned(type, { decidedBy, decidedOn, initiativeId, note }, source, principal);
}
