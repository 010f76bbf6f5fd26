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
import { startOfDay, type ScanPlace } from '../timeline/domain/timeline-scan.js';
import { daysOf, YearDigestBuilder } from './digest/year-digest.js';
import { FIRST_YEAR } from './domain/report-query.js';
import { gatherLans, gatherPlans } from './gather/gather-adoption.js';
import { indicatorContext, type ReportReadModels, type TrendReportRequest } from './gather/read-models.js';

/**
 * Work done in one turn before the warm-up pauses. A request that arrives
 * meanwhile waits behind it, so this bounds what the warm-up adds to a
 * request's latency: with 32 clients, steps of 5–40 ms put the timeline's
 * p99 at 11 ms, twice what it is once the warm-up is done.
 */
const SLICE_MS = 1;
/**
 * Pause after a slice, per millisecond it ran: the warm-up takes at most a
 * fifth of the event loop. At a third, the timeline's p99 at 32 clients was
 * 9–11 ms while it ran; at a fifth 7 ms, against 5 ms without it.
 */
const PAUSE_PER_SLICE_MS = 4;
/**
 * How long the ledger must have taken no event before the warm-up goes on.
 * While commands are written it waits: each event forgets the digests it
 * touches, so digesting meanwhile is partly wasted, and it took its slices
 * from the commands (at 1M events 2,800 commands/s from 32 clients, p99 38
 * ms, against 3,514/s, p99 27 ms, without the warm-up). A report asked for
 * meanwhile makes what it lacks itself.
 */
const QUIET_MS = 200;
/** Records whose standing is worked out in one step. */
const BATCH = 20;
/** Records of a national year digested in one step (a day can hold thousands: a year-only date's first day is 1 January). */
const RECORDS_PER_STEP = 300;
/** Years of one indicator counted in one step (one year is the least that can be asked; 5–20 ms at 1M events). */
const YEARS_PER_STEP = 1;

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
    private readonly runner: Pick<ProjectionRunner, 'whenReady' | 'state' | 'checkpoint'>,
    private readonly actors: ActorRegistry,
    private readonly clock: Clock,
    private readonly renderOptions: RenderOptions = {},
  ) {
    this.lanOf = lanOfActor(actors);
  }

  /** Resolves true when every step is done, false when stopped first. */
  async run(): Promise<boolean> {
    await this.runner.whenReady();
    const steps = this.steps()[Symbol.iterator]();
    let seen = this.runner.checkpoint;
    let quietSince = performance.now();
    for (;;) {
      if (this.stopped) return false;
      if (this.runner.checkpoint !== seen) {
        seen = this.runner.checkpoint;
        quietSince = performance.now();
      }
      const quietFor = performance.now() - quietSince;
      if (quietFor < QUIET_MS) {
        await pause(QUIET_MS - quietFor);
        continue;
      }
      const started = performance.now();
      do {
        const step = steps.next();
        if (step.done) return true;
        await step.value();
      } while (performance.now() - started < SLICE_MS);
      await pause(PAUSE_PER_SLICE_MS * (performance.now() - started));
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
    // Then each län's list of them, sorted and named as the report shows it (kept at "now" too).
    const national: TrendReportRequest = { scope: 'national', from: FIRST_YEAR, to: this.clock.now().getUTCFullYear(), asOf: null };
    for (const lan of gatherLans(this.models(), national)) yield () => gatherPlans(this.models(), national, [lan]);
    yield () => renderLineChart({ id: 'uppvarmning', title: '', unit: 'count', yTitle: '', years: [2022, 2023], series: [{ id: 'a', label: '', points: [{ year: 2022, value: 1 }] }] }, this.renderOptions);
    yield () => renderAdoptionStepChart({ id: 'uppvarmning', planTitle: '', expected: 2, adoptions: [{ partyName: '', earliest: '2022-01-01', latest: '2022-01-31' }] }, this.renderOptions);
  }

  /** A national year's digest a few days at a time; a rebuild that swaps the states, or an event in that year, leaves it to the reports. */
  private *digest(year: number): Iterable<() => unknown> {
    const models = this.models();
    if (models.reportYears!.digests.has(digestKey('national', year))) return;
    const current = () => this.runner.state(PROJECTIONS.reportYears) === models.reportYears;
    const builder = new YearDigestBuilder(models.reportYears!, models, 'national', year);
    let place: ScanPlace | null = startOfDay(daysOf(year).first);
    while (place !== null) yield () => (place = current() ? builder.scan(place!, RECORDS_PER_STEP) : null);
    const keeping = builder.keeping();
    for (let done = false; !done; ) yield () => (done = !current() || keeping.next().done === true);
  }
}

/** One step per batch of the records there are when it starts; those that come later, or are changed, a report works out itself. */
function* batches<R>(records: () => Iterable<R>, warm: (record: R) => unknown): Iterable<() => void> {
  const list = [...records()];
  for (let from = 0; from < list.length; from += BATCH) yield () => list.slice(from, from + BATCH).forEach(warm);
}
