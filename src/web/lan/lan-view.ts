import type { PlanKind } from '../../ledger/domain/vocabulary.js';

export interface PartyAdoptionView {
  readonly partyName: string;
  readonly decidedOn: string;
  readonly decidedBy: string;
}

/** What every plan of a län page says of itself, in full or in a line. */
export interface PlanFactsView {
  readonly planId: string;
  readonly title: string;
  readonly kind: PlanKind;
  /** "Länsgemensam", "Regionspecifik", … */
  readonly scopeLabel: string;
  readonly status: 'active' | 'withdrawn' | 'superseded';
  readonly expected: number;
  /** EDTF of the last party's adoption when every party has adopted. */
  readonly fullyAdoptedOn: string | null;
}

/** One plan of the län with who has adopted it and who has not. */
export interface PlanAdoptionView extends PlanFactsView {
  readonly adopted: readonly PartyAdoptionView[];
  /** Parties that have not adopted, by display name. */
  readonly missing: readonly string[];
  /** Step curve as the reports draw it; null when nobody has adopted yet. */
  readonly chartSvg: string | null;
}

/** A plan past the ones shown in full: one line, without its parties and chart. */
export interface PlanLineView extends PlanFactsView {
  readonly adoptedCount: number;
}

/** One line of the county timeline. */
export interface TimelineItemView {
  readonly position: number;
  readonly decidedOn: string | null;
  /** "Antagen", "Startad", … */
  readonly eventLabel: string;
  /** The plan's or initiative's title. */
  readonly subject: string;
  /** Who decided, by display name. */
  readonly actor: string | null;
  /** "Målbild", "Mobilt team", … */
  readonly kindLabel: string | null;
  readonly href: string | null;
}

export interface InitiativeView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly program: string | null;
  readonly owners: readonly string[];
  /** "Startad", "Permanentad", … and since when. */
  readonly stage: string;
  readonly stageOn: string | null;
  readonly focusAreas: readonly string[];
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** The timeline filters as given, and what can be chosen. */
export interface TimelineFilterView {
  readonly kind: string;
  readonly program: string;
  readonly focusArea: string;
  readonly year: string;
  readonly kinds: readonly SelectOption[];
  readonly programs: readonly SelectOption[];
  readonly focusAreas: readonly SelectOption[];
  readonly years: readonly SelectOption[];
}

export interface LanPageView {
  readonly code: string;
  /** "Värmlands län". */
  readonly name: string;
  /** "Region Värmland och 16 kommuner". */
  readonly parties: string;
  /** The first plans, in full. */
  readonly plans: readonly PlanAdoptionView[];
  /** The plans after those, a line each. */
  readonly morePlans: readonly PlanLineView[];
  readonly timeline: readonly TimelineItemView[];
  /** More entries match than are shown. */
  readonly timelineTruncated: boolean;
  readonly filters: TimelineFilterView;
  /** The first initiatives by title; `initiativeCount` says how many the län has. */
  readonly initiatives: readonly InitiativeView[];
  readonly initiativeCount: number;
  readonly teamCount: number;
  readonly trendReportHref: string;
}
