import fc from 'fast-check';
import { lanAdoption, planAdoption } from '../adoption/domain/adoption-query.js';
import type { PlansState } from '../adoption/domain/plans-state.js';
import { auditProjection } from '../audit/domain/audit-projection.js';
import { queryAudit, type AuditQuery } from '../audit/domain/audit-query.js';
import type { AuditState } from '../audit/domain/audit-state.js';
import type { IndicatorContext } from '../indicators/domain/evaluate.js';
import { indicatorSeries, listIndicators } from '../indicators/domain/indicator-query.js';
import type { Population } from '../indicators/domain/indicator-registry.js';
import type { InitiativesState } from '../indicators/domain/initiatives-state.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { PLAN_KINDS } from '../ledger/domain/vocabulary.js';
import type { FiguresState } from '../reconciliation/domain/figures-projection.js';
import { reconcile } from '../reconciliation/domain/reconcile.js';
import type { ReportYears } from '../reports/digest/report-years.js';
import { buildTrendReport } from '../reports/domain/trend-report.js';
import { gatherTrendReportInput } from '../reports/gather/gather-report-input.js';
import { settleTimeline } from '../timeline/domain/timeline-placement.js';
import { queryTimeline } from '../timeline/domain/timeline-query.js';
import type { TimelineState } from '../timeline/domain/timeline-state.js';
import { ledgerProjections } from './ledger-projections.js';
import type { Projection } from './projection.js';
import { lanOf, testActors } from './testing/actors.js';
import { LedgerBuilder, type InitiativeBuilder, type PlanBuilder } from './testing/ledger-builder.js';

const DATES = ['2020-12-31', '2021', '2021-05', '2021-21', '2021-24', '2021-12-31', '2022-01-01', '2022-03-28', '2022-23', '2022~', '2023-06'];
const LANS = ['17', '12', '09'];
const members = (population: Population, lan: string | null) => testActors.list({ kind: population, ...(lan ? { lan } : {}) }).map((a) => a.id);

/** Interprets integer tuples as a ledger history in domain words; returns what is delivered (with redeliveries) and the record times seen. */
function history(ops: readonly (readonly [number, number, number])[]): { delivered: StoredLedgerEvent[]; queryAfter: Set<number> } {
  const ledger = new LedgerBuilder({ recordedFrom: '2022-01-01T00:00:00Z' });
  const plans: PlanBuilder[] = [];
  const teams: InitiativeBuilder[] = [];
  const delivered: StoredLedgerEvent[] = [];
  const queryAfter = new Set<number>();
  const date = (n: number) => DATES[n % DATES.length];
  for (const [op, a, b] of ops) {
    const before = ledger.events.length;
    const pick = <T>(list: readonly T[]) => list[a % list.length];
    switch (op) {
      case 0: {
        const lan = `lan:${LANS[a % LANS.length]}`;
        const parties = testActors.defaultParties(lan).slice(0, 1 + (b % 3));
        plans.push(ledger.plan(`p${plans.length}`, { kind: PLAN_KINDS[b % 3], scope: 'lan', lan, parties, initiatedOn: b % 2 ? date(b) : null }));
        break;
      }
      case 1:
        if (plans.length) pick(plans).adoptedBy(pick(plans).initiated.data.parties[b % pick(plans).initiated.data.parties.length], date(b));
        break;
      case 2: {
        const target = ledger.events.length ? ledger.events[a % ledger.events.length] : null;
        if (!target || target.type === 'RecordCorrected' || target.type === 'RecordRetracted') break;
        const fields =
          target.type === 'PlanInitiated' ? { kind: PLAN_KINDS[b % 3], initiatedOn: date(b) }
          : target.type === 'InitiativeRegistered' ? { program: b % 2 ? 'halsosamtal' : null, owners: ['region:12'] }
          : target.type === 'FigurePublished' ? { value: b }
          : { decidedOn: date(b) };
        ledger.correct(target, fields, 'Rättelse');
        break;
      }
      case 3:
        if (ledger.events.length) ledger.retract(ledger.events[a % ledger.events.length], 'Återtagen');
        break;
      case 4:
        teams.push(
          ledger.initiative(`i${teams.length}`, {
            kind: b % 2 ? 'mobilt_team' : 'tjanst',
            program: b % 3 ? null : 'halsosamtal',
            // One owner, or the region and a kommun of the same län.
            owners: testActors.defaultParties(`lan:${LANS[a % LANS.length]}`).slice(0, 1 + (b % 2)),
            lan: `lan:${LANS[a % LANS.length]}`,
            focusAreas: b % 4 ? ['samordning'] : [],
          }),
        );
        break;
      case 5:
        if (teams.length && b % 3) pick(teams).started(date(b));
        else if (teams.length) pick(teams).ended(date(b));
        break;
      case 6:
        ledger.figure({ figureId: `f${a}`, indicatorId: 'lan-med-malbild', year: 2021 + (b % 2), value: a % 30, numerator: b % 2 ? a % 21 : null });
        break;
      case 7:
        if (plans.length) pick(plans).withdrawn(date(b));
        break;
      case 8:
        if (delivered.length) delivered.push(delivered[a % delivered.length]);
        break;
      default:
        queryAfter.add(delivered.length);
        ledger.at(new Date(Date.parse(ledger.now) + a * 3_600_000).toISOString());
    }
    delivered.push(...ledger.events.slice(before));
  }
  return { delivered, queryAfter };
}

type States = Map<string, unknown>;

/** A read model by name: a projection's state or a facet of one. */
function model<S>(states: States, projections: readonly Projection<unknown>[], name: string): S {
  for (const p of projections) {
    if (p.name === name) return states.get(name) as S;
    const facet = p.facets?.[name];
    if (facet) return facet(states.get(p.name)) as S;
  }
  throw new Error(`no read model ${name}`);
}

function answers(states: States, projections: readonly Projection<unknown>[], asOfs: readonly number[]) {
  const read = <S>(name: string) => model<S>(states, projections, name);
  const timeline = read<TimelineState>('timeline');
  const plans = read<PlansState>('plans');
  const ctx: IndicatorContext = { plans, initiatives: read<InitiativesState>('initiatives'), members, lanOf };
  const at = [null, ...asOfs];
  return {
    timeline: at.map((asOf) => queryTimeline(timeline, { limit: 10_000, asOf }, lanOf)),
    timelineVarmland: at.map((asOf) => queryTimeline(timeline, { lan: 'lan:17', limit: 3, asOf }, lanOf)),
    malbild: queryTimeline(timeline, { kind: 'malbild', limit: 10_000 }, lanOf),
    samordning: queryTimeline(timeline, { focus: 'samordning', lan: 'lan:17', limit: 10_000 }, lanOf),
    adoption: at.map((asOf) => [...plans.plans.values()].map((p) => p.id).sort().map((id) => planAdoption(plans, id, asOf))),
    lan: at.map((asOf) => LANS.map((code) => lanAdoption(plans, `lan:${code}`, lanOf, asOf))),
    indicators: at.map((asOf) => listIndicators().map((i) => indicatorSeries(ctx, i.id, { from: 2020, to: 2023, asOf }))),
    audit: queryAudit(read<AuditState>('audit'), { limit: 10_000 }),
    reconciliation: at.map((asOf) => reconcile(read<FiguresState>('figures'), ctx, 'lan-med-malbild', asOf)),
    report: at.filter((asOf) => asOf === null || Number.isFinite(asOf)).map((asOf) =>
      ['national', 'lan:17'].map((scope) => {
        const models = { timeline, plans, initiatives: ctx.initiatives, figures: read<FiguresState>('figures'), reportYears: read<ReportYears>('reportYears'), actors: testActors, lanOf };
        return buildTrendReport(gatherTrendReportInput(models, { from: 2020, to: 2023, scope, asOf: asOf === null ? null : new Date(asOf) }, new Date(0), { sources: [] }));
      }),
    ),
  };
}

const fresh = (projections: Projection<unknown>[]): States => new Map(projections.map((p) => [p.name, p.initialState()]));

describe('a rebuild gives what incremental application gave', () => {
  it('for random histories with corrections, retractions and redelivered events', () => {
    // Corrections (2) are drawn three times as often as the rest: they are what moves entries between index places.
    const op = fc.tuple(fc.integer({ min: 0, max: 11 }).map((n) => (n > 9 ? 2 : n)), fc.nat(1_000), fc.nat(1_000));
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 120 }), (ops) => {
        const { delivered, queryAfter } = history(ops);
        const projections = ledgerProjections(testActors);
        // Incremental: event by event, each placed in the indexes at once as live events are, with queries in between.
        const live = fresh(projections);
        delivered.forEach((event, i) => {
          for (const p of projections) live.set(p.name, p.apply(live.get(p.name), event));
          settleTimeline(model<TimelineState>(live, projections, 'timeline'));
          if (queryAfter.has(i + 1)) answers(live, projections, []);
        });
        // Rebuild: every distinct event once, in log order, from fresh states, settled in bulk.
        const rebuilt = fresh(projections);
        const once = [...new Map(delivered.map((e) => [e.id, e])).values()].sort((a, b) => a.position - b.position);
        for (const event of once) for (const p of projections) rebuilt.set(p.name, p.apply(rebuilt.get(p.name), event));
        // A bulk placement of the whole timeline, as a catch-up of a large log does it.
        settleTimeline(model<TimelineState>(rebuilt, projections, 'timeline'), 0);
        const times = once.map((e) => Date.parse(e.metadata.recordedAt));
        const asOfs = [times[Math.floor(times.length / 3)] - 1, times[Math.floor((2 * times.length) / 3)]];
        const rebuiltAnswers = answers(rebuilt, projections, asOfs);
        expect(answers(live, projections, asOfs)).toEqual(rebuiltAnswers);
        // Whatever the filters, an event shows at most once.
        for (const page of [...rebuiltAnswers.timeline, ...rebuiltAnswers.timelineVarmland, rebuiltAnswers.samordning]) {
          const ids = page.items.map((item) => item.eventId);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the ledger's audit index", () => {
  it('answers as the audit projection applied alone does, by stream, principal and type', () => {
    const op = fc.tuple(fc.integer({ min: 0, max: 11 }).map((n) => (n > 9 ? 3 : n)), fc.nat(1_000), fc.nat(1_000));
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 80 }), (ops) => {
        const { delivered } = history(ops);
        const projections = ledgerProjections(testActors);
        const ledger = fresh(projections);
        for (const event of delivered) for (const p of projections) ledger.set(p.name, p.apply(ledger.get(p.name), event));
        const alone = delivered.reduce(auditProjection.apply, auditProjection.initialState());
        const queries: AuditQuery[] = [
          { limit: 10_000 },
          ...[...new Set(delivered.map((e) => e.stream))].map((stream) => ({ stream, limit: 10_000 })),
          ...[...new Set(delivered.map((e) => e.metadata.principal))].map((principal) => ({ principal, limit: 10_000 })),
          ...[...new Set(delivered.map((e) => e.type))].map((type) => ({ types: [type], limit: 10_000 })),
        ];
        const fused = model<AuditState>(ledger, projections, 'audit');
        expect(queries.map((query) => queryAudit(fused, query))).toEqual(queries.map((query) => queryAudit(alone, query)));
      }),
      { numRuns: 100 },
    );
  });
});
