import type { Actor } from '../../../src/actors/domain/actor.js';
import type { ActorRegistry } from '../../../src/actors/domain/actor-registry.js';
import type { PlanKind } from '../../../src/ledger/domain/vocabulary.js';
import { corrections } from './correction-stories.js';
import { publishedFigures } from './figure-stories.js';
import { laterYear, newInitiative, type LivingInitiative } from './initiative-stories.js';
import { storyContext, type PlannedGroup, type StoryContext } from './planned.js';
import { newPlan, revision, superseded, withdrawn, type LivingPlan } from './plan-stories.js';
import type { Prng } from './prng.js';

/** Mean number of new plans per owner and year at intensity 1 (roughly the national pace of 2019–2022). */
const LAN_PLAN_RATES: readonly (readonly [PlanKind, number])[] = [
  ['malbild', 0.15],
  ['handlingsplan', 0.15],
  ['fardplan', 0.1],
  ['gemensam_plan_primarvard', 0.08],
];

/** What carries over from one year to the next. */
export class LedgerWorld {
  private sequence = 0;
  private readonly plans = new Map<string, LivingPlan[]>();
  private initiatives: LivingInitiative[] = [];
  private readonly lan: Actor[];
  private readonly regions: Actor[];
  private readonly kommuner: Actor[];
  private readonly national: Actor[];

  constructor(
    private readonly prng: Prng,
    private readonly actors: ActorRegistry,
    /** 1 is a national ledger's pace; 100 is a hundred times denser. */
    private readonly intensity: number,
    private readonly years: { readonly from: number; readonly to: number },
  ) {
    this.lan = actors.list({ kind: 'lan' });
    this.regions = actors.list({ kind: 'region' });
    this.kommuner = actors.list({ kind: 'kommun' }).filter((kommun) => kommun.sameBodyAs === null);
    this.national = actors.list({ kind: 'national' });
  }

  /** The groups recorded about `year`: stories in a shuffled order, then supersessions and corrections. */
  planYear(year: number): PlannedGroup[] {
    const ctx = storyContext(this.prng, this.actors, year);
    const stories = [...this.laterYears(ctx), ...this.initiativesOf(ctx)];
    const created: LivingPlan[] = [];
    const k = this.intensity;
    for (const lan of this.lan) {
      for (const [kind, rate] of LAN_PLAN_RATES) {
        for (let n = this.prng.poisson(rate * k); n > 0; n -= 1) {
          const parties = this.prng.chance(0.8) ? this.actors.defaultParties(lan.id).map((id) => this.actors.get(id) as Actor) : [lan];
          created.push(this.add(stories, newPlan(ctx, this.next(), kind, 'lan', lan, parties)));
        }
      }
    }
    for (const region of this.regions) {
      for (let n = this.prng.poisson(0.3 * k); n > 0; n -= 1) created.push(this.add(stories, newPlan(ctx, this.next(), this.prng.pick(['handlingsplan', 'strategi', 'fardplan']), 'region', region, [region])));
    }
    for (const kommun of this.kommuner) {
      for (let n = this.prng.poisson(0.15 * k); n > 0; n -= 1) created.push(this.add(stories, newPlan(ctx, this.next(), this.prng.chance(0.8) ? 'handlingsplan' : 'strategi', 'kommun', kommun, [kommun])));
    }
    for (let n = this.prng.poisson(0.1 * k); n > 0; n -= 1) {
      const owner = this.actors.get('national:regeringen') as Actor;
      created.push(this.add(stories, newPlan(ctx, this.next(), 'overenskommelse', 'national', owner, [owner, this.actors.get('national:skr') as Actor])));
    }
    stories.push(...publishedFigures(ctx, this.national.filter((actor) => actor.code !== 'regeringen'), (year - this.years.from + 1) / (this.years.to - this.years.from + 1)));
    const late = [...this.supersessions(ctx, created), ...corrections(ctx, stories)];
    return [...this.prng.shuffle(stories), ...this.prng.shuffle(late)];
  }

  private next(): number {
    this.sequence += 1;
    return this.sequence;
  }

  private add(stories: PlannedGroup[], story: { group: PlannedGroup; plan: LivingPlan }): LivingPlan {
    stories.push(story.group);
    return story.plan;
  }

  /** Earlier plans are revised or withdrawn; running initiatives move on. */
  private laterYears(ctx: StoryContext): PlannedGroup[] {
    const groups: PlannedGroup[] = [];
    for (const [key, plans] of this.plans) {
      const kept = plans.filter((plan) => {
        const roll = this.prng.float();
        if (roll < 0.08) groups.push(revision(ctx, plan));
        if (roll >= 0.08 && roll < 0.09) {
          groups.push(withdrawn(ctx, plan));
          return false;
        }
        return true;
      });
      this.plans.set(key, kept);
    }
    this.initiatives = this.initiatives.filter((initiative) => {
      const { group, ended } = laterYear(ctx, initiative);
      if (group) groups.push(group);
      return !ended;
    });
    return groups;
  }

  private initiativesOf(ctx: StoryContext): PlannedGroup[] {
    const groups: PlannedGroup[] = [];
    const start = (owner: Actor, mean: number) => {
      for (let n = this.prng.poisson(mean * this.intensity); n > 0; n -= 1) {
        const { group, living } = newInitiative(ctx, this.next(), owner);
        groups.push(group);
        if (living) this.initiatives.push(living);
      }
    };
    for (const region of this.regions) start(region, 2);
    for (const kommun of this.kommuner) start(kommun, 0.3);
    return groups;
  }

  /** A new plan often replaces the owner's earlier plan of the same kind; the replaced one leaves the living set. */
  private supersessions(ctx: StoryContext, created: readonly LivingPlan[]): PlannedGroup[] {
    const groups: PlannedGroup[] = [];
    for (const plan of created) {
      const key = `${plan.owner.id}|${plan.kind}`;
      const earlier = this.plans.get(key) ?? [];
      if (earlier.length > 0 && this.prng.chance(0.4)) groups.push(superseded(ctx, earlier.pop() as LivingPlan, plan));
      earlier.push(plan);
      this.plans.set(key, earlier);
    }
    return groups;
  }
}
