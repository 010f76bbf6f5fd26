import { swedishOrder } from '../../ledger/domain/swedish-order.js';
import type { PlanKind } from '../../ledger/domain/vocabulary.js';
import { formatDecisionDate } from '../../web/format.js';
import { PLAN_KIND_LABELS } from '../../web/labels.js';
import type { LanSummary, PartyAdoption, PlanAdoption } from './report-input.js';
import { formatCount, whenPhrase } from './swedish.js';

/** The länsgemensam plan kinds a national analyst follows, as table columns. */
export const ADOPTION_COLUMNS: readonly { readonly key: string; readonly label: string; readonly kinds: readonly PlanKind[] }[] = [
  { key: 'malbild', label: 'Målbild', kinds: ['malbild'] },
  { key: 'handlingsplan', label: 'Handlingsplan eller färdplan', kinds: ['handlingsplan', 'fardplan'] },
  { key: 'primarvard', label: 'Gemensam plan för primärvård', kinds: ['gemensam_plan_primarvard'] },
];

export interface AdoptionCell {
  readonly status: 'adopted' | 'partial' | 'none';
  readonly text: string;
  readonly planTitle: string | null;
}

export interface LanAdoptionRow {
  readonly lan: string;
  readonly name: string;
  readonly cells: Readonly<Record<string, AdoptionCell>>;
}

export interface PlanAdoptionDetail {
  readonly planId: string;
  readonly title: string;
  readonly kind: string;
  /** Länsgemensamma plans get a section each; the region's and kommuners' own plans share a table. */
  readonly joint: boolean;
  readonly owner: string;
  readonly expected: number;
  /** Adoptions decided by the end of the report's last year, in decision order. */
  readonly adoptions: readonly { readonly party: string; readonly when: string; readonly earliest: string; readonly latest: string; readonly decidedBy: string }[];
  readonly missing: readonly string[];
  /** For the plan's own section: "Fullt antagen 16 juni 2022 (17 av 17 parter)." */
  readonly summary: string;
  /** For the report's summary, naming the plan. */
  readonly sentence: string;
  /** Whether a party adopted it within the report's years: only then is it news for the summary. */
  readonly adoptedInRange: boolean;
}

const byDecision = (a: PartyAdoption, b: PartyAdoption) =>
  a.decidedOn.earliest.localeCompare(b.decidedOn.earliest) || swedishOrder(a.partyName, b.partyName);

/** Whether an adoption was surely decided by the cut-off day; an imprecise date that may fall after it does not count yet. */
const decidedBy = (cutoff: string) => (adoption: PartyAdoption) => adoption.decidedOn.latest <= cutoff;

/** The plan's adoptions decided by the cut-off day, in decision order. */
const adoptedBy = (plan: PlanAdoption, cutoff: string) => plan.adoptions.filter(decidedBy(cutoff)).sort(byDecision);

function cell(plans: readonly PlanAdoption[], cutoff: string): AdoptionCell {
  // Ranked by how many adopted; only the leading plan's adoptions are put in order (a national table ranks thousands at a million events).
  const decided = decidedBy(cutoff);
  const ranked = plans
    .map((plan) => ({ plan, adopted: plan.adoptions.reduce((count, adoption) => count + (decided(adoption) ? 1 : 0), 0) }))
    .sort((a, b) => b.adopted / b.plan.expected - a.adopted / a.plan.expected);
  const best = ranked[0];
  if (!best || best.adopted === 0) return { status: 'none', text: '–', planTitle: best?.plan.title ?? null };
  const adopted = adoptedBy(best.plan, cutoff);
  const last = adopted[adopted.length - 1];
  if (best.adopted >= best.plan.expected) {
    return { status: 'adopted', text: `Antagen ${formatDecisionDate(last.decidedOn.edtf)}`, planTitle: best.plan.title };
  }
  return { status: 'partial', text: `${formatCount(best.adopted)} av ${formatCount(best.plan.expected)} parter`, planTitle: best.plan.title };
}

/** Per län, how far its länsgemensam målbild, handlingsplan/färdplan and primary-care plan had come at the end of `to`. */
export function adoptionByLan(lans: readonly LanSummary[], plans: readonly PlanAdoption[], to: number): LanAdoptionRow[] {
  const cutoff = `${to}-12-31`;
  return lans.map((lan) => {
    const own = plans.filter((p) => p.lan === lan.lan && p.scope === 'lan' && p.status === 'active');
    const cells = Object.fromEntries(ADOPTION_COLUMNS.map((c) => [c.key, cell(own.filter((p) => c.kinds.includes(p.kind)), cutoff)]));
    return { lan: lan.lan, name: lan.name, cells };
  });
}

const counted = (adopted: number, expected: number) => `${formatCount(adopted)} av ${formatCount(expected)} parter`;

/** "den 16 juni 2022, när den sista av 17 parter antog den". */
const lastOf = (plan: PlanAdoption, last: PartyAdoption) =>
  `${whenPhrase(last.decidedOn)}, när den sista av ${formatCount(plan.expected)} parter antog den`;

/** A plan of a single party (a joint body) is simply adopted, by that party. */
const byOne = (last: PartyAdoption) => `${whenPhrase(last.decidedOn)} av ${last.partyName} (${last.decidedBy})`;

function adoptedSummary(plan: PlanAdoption, last: PartyAdoption): { summary: string; sentence: string } {
  if (plan.expected === 1) return { summary: `Antagen ${byOne(last)}.`, sentence: `${plan.title} antogs ${byOne(last)}.` };
  return { summary: `Fullt antagen ${lastOf(plan, last)}.`, sentence: `${plan.title} blev fullt antagen ${lastOf(plan, last)}.` };
}

function pendingSummary(plan: PlanAdoption, adopted: number, to: number): { summary: string; sentence: string } {
  if (plan.expected === 1) return { summary: `Inte antagen vid utgången av ${to}.`, sentence: `${plan.title} var inte antagen vid utgången av ${to}.` };
  return {
    summary: `${counted(adopted, plan.expected)} hade antagit planen vid utgången av ${to}.`,
    sentence: `${plan.title} hade antagits av ${counted(adopted, plan.expected)} vid utgången av ${to}.`,
  };
}

/** Every plan of one län (länsgemensam first) with its parties' adoptions up to the end of `to`, for a län report. */
export function planDetails(plans: readonly PlanAdoption[], from: number, to: number): PlanAdoptionDetail[] {
  const cutoff = `${to}-12-31`;
  const jointFirst = [...plans].sort((a, b) => Number(b.scope === 'lan') - Number(a.scope === 'lan'));
  return jointFirst.map((plan) => {
    const adopted = adoptedBy(plan, cutoff);
    const later = plan.adoptions.filter((a) => a.decidedOn.latest > cutoff).map((a) => a.partyName);
    const last = adopted[adopted.length - 1];
    const full = adopted.length >= plan.expected && last ? last : null;
    const status = plan.status === 'active' ? '' : ` Planen är ${plan.status === 'withdrawn' ? 'återkallad' : 'ersatt'}.`;
    const words = full ? adoptedSummary(plan, full) : pendingSummary(plan, adopted.length, to);
    const summary = words.summary + status;
    const sentence = words.sentence + status;
    return {
      planId: plan.planId,
      title: plan.title,
      kind: PLAN_KIND_LABELS[plan.kind],
      joint: plan.scope === 'lan',
      owner: plan.ownerName,
      expected: plan.expected,
      adoptions: adopted.map((a) => ({ party: a.partyName, when: formatDecisionDate(a.decidedOn.edtf), earliest: a.decidedOn.earliest, latest: a.decidedOn.latest, decidedBy: a.decidedBy })),
      missing: [...plan.missing, ...later].sort(swedishOrder),
      summary,
      sentence,
      adoptedInRange: adopted.some((a) => Number(a.decidedOn.latest.slice(0, 4)) >= from),
    };
  });
}

/**
 * Joint plans a rendered report gives a section each, with the curve and the
 * parties' decisions; the joint plans after them share one table. A län has a
 * handful (Värmland two); a synthetic ledger of a million events has hundreds,
 * and drawing every curve took a län's report 6.5 s and 12 MB of HTML. The
 * JSON report keeps every plan in full.
 */
export const JOINT_PLANS_IN_FULL = 12;

export interface JointPlans {
  readonly inFull: readonly PlanAdoptionDetail[];
  readonly listed: readonly PlanAdoptionDetail[];
}

export function jointPlans(plans: readonly PlanAdoptionDetail[]): JointPlans {
  const joint = plans.filter((plan) => plan.joint);
  return { inFull: joint.slice(0, JOINT_PLANS_IN_FULL), listed: joint.slice(JOINT_PLANS_IN_FULL) };
}

/** The caption of the table of joint plans not shown in full. */
export const listedJointPlansCaption = (listed: readonly PlanAdoptionDetail[]) =>
  `Ytterligare ${formatCount(listed.length)} ${listed.length === 1 ? 'länsgemensam plan' : 'länsgemensamma planer'}, utan diagram och parternas beslut (de ${JOINT_PLANS_IN_FULL} första visas ovan)`;
