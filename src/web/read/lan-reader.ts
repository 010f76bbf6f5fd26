import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import type { AdoptionService } from '../../adoption/adoption.service.js';
import type { PlanAdoption } from '../../adoption/domain/adoption-summary.js';
import { renderAdoptionStepChart } from '../../charts/adoption-step-chart.js';
import type { InitiativesState } from '../../indicators/domain/initiatives-state.js';
import { DomainError } from '../../ledger/domain/domain-error.js';
import { swedishOrder } from '../../ledger/domain/swedish-order.js';
import { FOCUS_AREAS, INITIATIVE_KINDS, PLAN_KINDS, PROGRAMS, type ActorId } from '../../ledger/domain/vocabulary.js';
import { dayDate } from '../../projections/domain/day-dates.js';
import { lanOfActor, PROJECTIONS } from '../../projections/ledger-projections.js';
import type { ProjectionRunner } from '../../projections/projection-runner.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import { isVisibleAt, viewAt, type AsOf } from '../../projections/domain/versioned.js';
import type { TimelineService } from '../../timeline/timeline.service.js';
import { EVENT_TYPE_LABELS, FOCUS_AREA_LABELS, INITIATIVE_KIND_LABELS, PLAN_KIND_LABELS, PROGRAM_LABELS, labelOf } from '../labels.js';
import type { InitiativeView, LanPageView, PlanAdoptionView, PlanFactsView, PlanLineView, SelectOption, TimelineItemView } from '../lan/lan-view.js';
import type { ChartCache } from './chart-cache.js';
import { actorName } from './names.js';

export interface TimelineFilters {
  readonly kind: string;
  readonly program: string;
  readonly focusArea: string;
  readonly year: string;
}

const SCOPE_LABELS: Readonly<Record<string, string>> = { lan: 'Länsgemensam', region: 'Regionspecifik', kommun: 'Kommunspecifik', national: 'Nationell' };
const TIMELINE_LIMIT = 200;
/**
 * Plans shown in full, each with its step chart (tens of milliseconds to draw
 * the first time) and its parties; the rest get a line each. A synthetic
 * ledger of 1M events has about 570 plans a län, and drawing them all took
 * the page 72 s.
 */
const PLANS_IN_FULL = 20;
/** Initiatives listed, by title: the same ledger has about 7 000 a län. */
const INITIATIVES_LISTED = 200;
const TEAM = labelOf(INITIATIVE_KIND_LABELS, 'mobilt_team');
const FIRST_YEAR = 2010;

const options = (codes: readonly string[], labels: Readonly<Record<string, string>>): SelectOption[] => codes.map((value) => ({ value, label: labels[value] ?? value }));

function checked(filters: TimelineFilters): TimelineFilters {
  const refuse = (field: string, value: string) => {
    throw new DomainError('WEB.FILTER_INVALID', `${field}: "${value}" finns inte bland valen`, field, 'known-value');
  };
  if (filters.kind && !([...PLAN_KINDS, ...INITIATIVE_KINDS] as readonly string[]).includes(filters.kind)) refuse('kind', filters.kind);
  if (filters.program && !(PROGRAMS as readonly string[]).includes(filters.program)) refuse('program', filters.program);
  if (filters.focusArea && !(FOCUS_AREAS as readonly string[]).includes(filters.focusArea)) refuse('focusArea', filters.focusArea);
  if (filters.year && !/^\d{4}$/.test(filters.year)) refuse('year', filters.year);
  return filters;
}

const statusOf = (plan: PlanAdoption): PlanFactsView['status'] => (plan.status === 'withdrawn' || plan.status === 'superseded' ? plan.status : 'active');
const adoptedParties = (plan: PlanAdoption) => plan.parties.filter((p) => p.adopted && p.adoptedOn);
const planFacts = (plan: PlanAdoption): PlanFactsView => ({
  planId: plan.planId,
  title: plan.title,
  kind: plan.kind as PlanFactsView['kind'],
  scopeLabel: SCOPE_LABELS[plan.scope] ?? plan.scope,
  status: statusOf(plan),
  expected: plan.expected,
  fullyAdoptedOn: plan.fullyAdoptedOn?.edtf ?? null,
});

/** A län page's content, read from the query services as the ledger knew it at `asOf`. */
export class LanReader {
  private readonly lanOf: LanOf;

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly adoption: AdoptionService,
    private readonly timeline: TimelineService,
    private readonly actors: ActorRegistry,
    private readonly charts: ChartCache,
  ) {
    this.lanOf = lanOfActor(actors);
  }

  async read(code: string, filters: TimelineFilters, asOf: AsOf, asOfYear: number, trendYear: number): Promise<LanPageView> {
    const lan = this.actors.get(`lan:${code}`);
    if (!/^\d{2}$/.test(code) || lan?.kind !== 'lan') {
      throw new DomainError('LAN.NOT_FOUND', `Länet med kod "${code}" finns inte; länskoderna är SCB:s, t.ex. 17 för Värmland`, 'code', 'known-lan');
    }
    const wanted = checked(filters);
    const plans = this.adoption.forLan(lan.id, asOf).kinds.flatMap((k) => k.plans);
    const initiatives = this.initiatives(lan.id, asOf);
    const kommuner = this.actors.kommunerOf(lan.id).filter((k) => k.sameBodyAs === null).length;
    const region = this.actors.regionOf(lan.id);
    const page = this.timeline.query({
      lan: lan.id,
      kind: wanted.kind || undefined,
      program: wanted.program || undefined,
      focus: wanted.focusArea || undefined,
      from: wanted.year ? (dayDate(wanted.year) ?? undefined) : undefined,
      to: wanted.year ? (dayDate(wanted.year) ?? undefined) : undefined,
      asOf,
      limit: TIMELINE_LIMIT,
    });
    const timeline = page.items.map<TimelineItemView>((item) => ({
      position: item.position,
      decidedOn: item.date.edtf,
      eventLabel: labelOf(EVENT_TYPE_LABELS, item.type),
      subject: item.title,
      actor: item.actors[0] ? actorName(this.actors, item.actors[0]) : null,
      kindLabel: item.plan ? labelOf(PLAN_KIND_LABELS, item.plan.kind) : item.initiative ? labelOf(INITIATIVE_KIND_LABELS, item.initiative.kind) : null,
      href: `/audit?stream=${encodeURIComponent(item.plan ? `plan-${item.plan.id}` : item.initiative ? `initiative-${item.initiative.id}` : '')}`,
    }));
    const years = Array.from({ length: asOfYear - FIRST_YEAR + 1 }, (_, i) => String(asOfYear - i));
    return {
      code,
      name: lan.name,
      parties: `${region?.name ?? 'Regionen'} och ${kommuner} ${kommuner === 1 ? 'kommun' : 'kommuner'}`,
      plans: await Promise.all(plans.slice(0, PLANS_IN_FULL).map((plan) => this.plan(plan))),
      morePlans: plans.slice(PLANS_IN_FULL).map((plan) => this.planLine(plan)),
      timeline,
      timelineTruncated: page.nextCursor !== null,
      filters: {
        ...wanted,
        kinds: options([...PLAN_KINDS, ...INITIATIVE_KINDS], { ...PLAN_KIND_LABELS, ...INITIATIVE_KIND_LABELS }),
        programs: options(PROGRAMS, PROGRAM_LABELS),
        focusAreas: options(FOCUS_AREAS, FOCUS_AREA_LABELS),
        years: years.map((y) => ({ value: y, label: y })),
      },
      initiatives: initiatives.slice(0, INITIATIVES_LISTED),
      initiativeCount: initiatives.length,
      teamCount: initiatives.filter((i) => i.kind === TEAM).length,
      trendReportHref: `/reports/trend?scope=lan:${code}&from=${trendYear - 4}&to=${trendYear}&format=html`,
    };
  }

  private planLine(plan: PlanAdoption): PlanLineView {
    return { ...planFacts(plan), adoptedCount: adoptedParties(plan).length };
  }

  private async plan(plan: PlanAdoption): Promise<PlanAdoptionView> {
    const adopted = adoptedParties(plan)
      .sort((a, b) => a.adoptedOn!.earliest.localeCompare(b.adoptedOn!.earliest) || a.adoptedOn!.latest.localeCompare(b.adoptedOn!.latest));
    const chartSvg =
      adopted.length === 0
        ? null
        : await this.charts.render(
            {
              id: `steg-${plan.planId}`,
              planTitle: plan.title,
              expected: plan.expected,
              adoptions: adopted.map((p) => ({ partyName: actorName(this.actors, p.actor), earliest: p.adoptedOn!.earliest, latest: p.adoptedOn!.latest })),
            },
            renderAdoptionStepChart,
          );
    return {
      ...planFacts(plan),
      adopted: adopted.map((p) => ({ partyName: actorName(this.actors, p.actor), decidedOn: p.adoptedOn!.edtf, decidedBy: p.decidedBy ?? '' })),
      missing: plan.missing.map((id) => actorName(this.actors, id)),
      chartSvg,
    };
  }

  private initiatives(lan: ActorId, asOf: AsOf): InitiativeView[] {
    const views: InitiativeView[] = [];
    for (const initiative of this.runner.state<InitiativesState>(PROJECTIONS.initiatives).initiatives.values()) {
      const head = initiative.head && viewAt(initiative.head, asOf);
      if (!head || (head.lan !== lan && !head.owners.some((o) => this.lanOf(o) === lan))) continue;
      const last = [...initiative.transitions].reverse().find((t) => isVisibleAt(t, asOf));
      views.push({
        id: initiative.id,
        title: head.title,
        kind: labelOf(INITIATIVE_KIND_LABELS, head.kind),
        program: head.program ? labelOf(PROGRAM_LABELS, head.program) : null,
        owners: head.owners.map((o) => actorName(this.actors, o)),
        stage: last ? labelOf(EVENT_TYPE_LABELS, last.type) : 'Registrerad',
        stageOn: last ? (viewAt(last, asOf)?.decidedOn ?? null) : null,
        focusAreas: head.focusAreas.map((f) => labelOf(FOCUS_AREA_LABELS, f)),
      });
    }
    return views.sort((a, b) => swedishOrder(a.title, b.title));
  }
}

