import type { ActorRegistry } from '../actors/domain/actor-registry.js';
import { planAdoption } from '../adoption/domain/adoption-query.js';
import { standingAt } from '../adoption/domain/plan-at.js';
import type { PlansState } from '../adoption/domain/plans-state.js';
import { renderAdoptionStepChart } from '../charts/adoption-step-chart.js';
import { renderLineChart } from '../charts/line-chart.js';
import type { RenderOptions } from '../charts/render-svg.js';
import type { Clock } from '../config/clock.js';
import { listIndicators } from '../indicators/domain/indicator-query.js';
import { initiativeStandingAt } from '../indicators/domain/initiative-at.js';
import type { InitiativesState } from '../indicators/domain/initiatives-state.js';
import { lanOfActor, PROJECTIONS } from '../projections/ledger-projections.js';
import type { ProjectionRunner } from '../projections/projection-runner.js';
import type { LanOf } from '../projections/domain/lan-of.js';
import { countsNow } from './digest/indicator-years.js';
import { digestKey } from './digest/report-years.js';
import { daysOf, YearDigestBuilder } from './digest/year-digest.js';
import { FIRST_YEAR } from './domain/report-query.js';
import { indicatorContext, type ReportReadModels } from './gather/read-models.js';

/** Records whose standing is worked out in one turn of the event loop. */
const BATCH = 400;
/** Days of a national year's records digested in one turn. */
const DAYS_PER_STEP = 10;
/** Years of one indicator counted in one turn. */
const YEARS_PER_STEP = 2;

/** A timer, not an immediate: an unreferenced immediate does not wake an idle event loop, an unreferenced timer does and still lets the process end. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * What the first national report after a start would otherwise do on the
 * request: digest every year of the timeline, work out every plan's and
 * initiative's standing, the indicators' yearly counts and the
 * länsgemensamma plans' adoption (all kept at "now" until a record
 * changes), and start Vega, whose first chart takes tens of milliseconds
 * more than the next. Once the read models have caught up this does it
 * ahead, in small paced steps so that requests in between are answered, and
 * stops with the application. Only speed changes: every step fills a cache
 * a report would fill itself.
 */
export class ReportWarmup {
  private stopped = false;
  private readonly lanOf: LanOf;

  constructor(
    private readonly runner: Pick<ProjectionRunner, 'whenReady' | 'state'>,
    private readonly actors: ActorRegistry,
    private readonly clock: Clock,
    private readonly renderOptions: RenderOptions = {},
  ) {
    this.lanOf = lanOfActor(actors);
  }

  /** Resolves when done, or stopped. */
  async run(): Promise<void> {
    await this.runner.whenReady();
    let took = 0;
    for (const step of this.steps()) {
      // Paused twice as long as the last step ran: the warm-up takes at most a third of the time from requests.
      await pause(2 * took);
      if (this.stopped) return;
      const started = performance.now();
      await step();
      took = performance.now() - started;
    }
  }

  stop(): void {
    this.stopped = true;
  }

  private models(): ReportReadModels {
    const state = <S>(name: string) => this.runner.state<S>(name);
    return {
      plans: state(PROJECTIONS.plans),
      initiatives: state(PROJECTIONS.initiatives),
      timeline: state(PROJECTIONS.timeline),
      figures: state(PROJECTIONS.figures),
      reportYears: state(PROJECTIONS.reportYears),
      actors: this.actors,
      lanOf: this.lanOf,
    };
  }

  private *steps(): Iterable<() => unknown> {
    // The years a national report may ask for, and the one before the first for dates reaching into it.
    for (let year = FIRST_YEAR - 1; year <= this.clock.now().getUTCFullYear(); year++) yield* this.digest(year);
    yield* batches(() => this.runner.state<PlansState>(PROJECTIONS.plans).plans.values(), (plan) => standingAt(plan, null));
    yield* batches(() => this.runner.state<InitiativesState>(PROJECTIONS.initiatives).initiatives.values(), (initiative) => initiativeStandingAt(initiative, null));
    for (const { id } of listIndicators()) {
      for (let from = FIRST_YEAR; from <= this.clock.now().getUTCFullYear(); from += YEARS_PER_STEP) {
        yield () => {
          const models = this.models();
          return countsNow(models.reportYears!.indicators, indicatorContext(models), [id], { from, to: Math.min(from + YEARS_PER_STEP - 1, this.clock.now().getUTCFullYear()), lan: null });
        };
      }
    }
    // The länsgemensamma plans' adoption, which a national report's table reads (kept on each plan, as lanAdoption keeps it).
    const plans = () => this.runner.state<PlansState>(PROJECTIONS.plans);
    yield* batches(
      () => [...plans().plans.values()].filter((plan) => plan.head?.current.scope === 'lan'),
      (plan) => planAdoption(plans(), plan.id, null),
    );
    yield () => renderLineChart({ id: 'uppvarmning', title: '', unit: 'count', yTitle: '', years: [2022, 2023], series: [{ id: 'a', label: '', points: [{ year: 2022, value: 1 }] }] }, this.renderOptions);
    yield () => renderAdoptionStepChart({ id: 'uppvarmning', planTitle: '', expected: 2, adoptions: [{ partyName: '', earliest: '2022-01-01', latest: '2022-01-31' }] }, this.renderOptions);
  }

  /** A national year's digest a few days at a time; a rebuild that swaps the states, or an event in that year, leaves it to the reports. */
  private *digest(year: number): Iterable<() => unknown> {
    const models = this.models();
    if (models.reportYears!.digests.has(digestKey('national', year))) return;
    const current = () => this.runner.state(PROJECTIONS.reportYears) === models.reportYears;
    const builder = new YearDigestBuilder(models.reportYears!, models, 'national', year);
    const { first, last } = daysOf(year);
    for (let day = first; day <= last; day += DAYS_PER_STEP) yield () => current() && builder.scan(day, Math.min(day + DAYS_PER_STEP - 1, last));
    const keeping = builder.keeping();
    for (let done = false; !done; ) yield () => (done = !current() || keeping.next().done === true);
  }
}

/** One step per batch of the records there are when it starts; those that come later, or are changed, a report works out itself. */
function* batches<R>(records: () => Iterable<R>, warm: (record: R) => unknown): Iterable<() => void> {
  const list = [...records()];
  for (let from = 0; from < list.length; from += BATCH) yield () => list.slice(from, from + BATCH).forEach(warm);
}
