import type { DatePrecision } from '../../ledger/domain/decision-date.js';
import type { LedgerEventType } from '../../ledger/domain/ledger-event.js';
import type { ActorId, PlanKind, PlanScope } from '../../ledger/domain/vocabulary.js';

/**
 * What a trend report is built from: plain answers of the read side, already
 * limited to the report's scope and record time. Names are display names.
 */

export type ReportScope =
  | { readonly kind: 'national' }
  | { readonly kind: 'lan'; readonly lan: ActorId; readonly name: string };

/** A decision time as the read side answers it (EDTF with its first and last possible day). */
export interface ReportDate {
  readonly edtf: string;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: DatePrecision;
}

export type PopulationKind = 'lan' | 'region' | 'kommun';

/** One year of an indicator at its cut-off (31 December). */
export interface IndicatorYear {
  readonly year: number;
  /** Counted for certain: every decision surely before the cut-off. */
  readonly certain: number;
  /** Counted if every imprecise decision that may fall before the cut-off did. */
  readonly possible: number;
  /** Size of the population (21 län); null for a plain count. */
  readonly population: number | null;
}

export interface IndicatorSeries {
  readonly id: string;
  /** "Län med beslutad länsgemensam målbild". */
  readonly title: string;
  /** Whose share it is (län, regions, kommuner); null for a plain count such as mobile teams started. */
  readonly population: PopulationKind | null;
  readonly years: readonly IndicatorYear[];
}

/** A figure SKR or Socialstyrelsen published, as recorded. */
export interface PublishedFigure {
  readonly indicatorId: string;
  readonly year: number;
  /** Display name of the publisher ("Socialstyrelsen"). */
  readonly publisher: string;
  /** As published: a count, or a share in percent when only a share was published. */
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** How the read side reads the figure: a count, or a share in percent when only a share was published. */
  readonly comparedAs: 'count' | 'share';
  readonly note: string | null;
  readonly source: ReportSource | null;
}

export interface PartyAdoption {
  readonly party: ActorId;
  readonly partyName: string;
  readonly decidedOn: ReportDate;
  readonly decidedBy: string;
}

/** A plan and its parties' adoptions, as the ledger knew it. */
export interface PlanAdoption {
  readonly planId: string;
  readonly title: string;
  readonly kind: PlanKind;
  /** Länsgemensam (`lan`), regionspecifik, kommunspecifik or national. */
  readonly scope: PlanScope;
  readonly lan: ActorId | null;
  /** Display name of whose plan it is ("Region Värmland", "Värmlands län"). */
  readonly ownerName: string;
  readonly expected: number;
  readonly adoptions: readonly PartyAdoption[];
  /** Parties that have not adopted, by display name. */
  readonly missing: readonly string[];
  /** Withdrawn or superseded plans no longer count. */
  readonly status: 'active' | 'withdrawn' | 'superseded';
}

export interface LanSummary {
  readonly lan: ActorId;
  readonly name: string;
}

export interface TimelineEntry {
  readonly eventId: string;
  readonly type: LedgerEventType;
  readonly decidedOn: ReportDate;
  /** What it is about: the plan's or initiative's title, or the figure's indicator. */
  readonly subject: string;
  /** Who decided, by display name. */
  readonly actor: string | null;
  /** Plan id, initiative id or indicator id the event belongs to. */
  readonly aggregateId: string;
  readonly source: ReportSource | null;
}

/** A line the timeline keeps for a year (see timeline-lines), made of report entries. */
export interface TimelineLine {
  readonly kind: 'single' | 'adoptions' | 'publications';
  /** A plan's adoptions in decision order, a publisher's figures of one day, or the one decision. */
  readonly entries: readonly TimelineEntry[];
  /** Adoptions that made their plan fully adopted. */
  readonly fully: boolean;
  /** Adoptions: how many parties the plan has; null when the plan is not among the report's plans. */
  readonly expected: number | null;
}

/** The lines a year of the timeline shows, in chronological order, and how many events that year they leave out. */
export interface TimelineYearLines {
  readonly year: number;
  readonly lines: readonly TimelineLine[];
  readonly more: number;
}

export interface ReportSource {
  readonly title: string;
  readonly url: string | null;
  readonly publisher: string | null;
}

/** Every distinct source in scope (title and URL identify one): a national ledger cites hundreds of thousands, the report lists a few. */
export interface SourcesInScope {
  readonly size: number;
  /** Those with one of these titles, in order of first citation, each with the last publisher seen for it. */
  withTitles(titles: ReadonlySet<string>): ReportSource[];
  /** Of these titles, written trimmed and in lower case, those some source has (so written). */
  titledAmong(titles: ReadonlySet<string>): Set<string>;
}

/** Facts about the record behind the report, counted over the events in scope. */
export interface DataQualityFacts {
  /** Dated events in scope and range: decisions and published figures. */
  readonly events: number;
  /** Decisions in scope and range. */
  readonly decisions: number;
  /** Decisions recorded with less than day precision, by precision. */
  readonly imprecise: Readonly<Partial<Record<Exclude<DatePrecision, 'day'>, number>>>;
  /** Of `events`, those whose source has no URL. */
  readonly withoutSourceUrl: number;
  /** Facts of the public dataset left out because their sources give no date; null when the scope does not cover the dataset. */
  readonly undatedLeftOut: number | null;
}

export interface TrendReportInput {
  readonly scope: ReportScope;
  readonly from: number;
  readonly to: number;
  /** Record time the ledger is read at (ISO instant); null for "as the ledger knows it now". */
  readonly asOf: string | null;
  /** When the report was made (ISO instant, from the clock). */
  readonly generatedAt: string;
  readonly indicators: readonly IndicatorSeries[];
  readonly figures: readonly PublishedFigure[];
  /** Every län with its plans, for a national report; the one län for a län report. */
  readonly lans: readonly LanSummary[];
  /** A län's every plan; nationally the länsgemensamma plans of every län. */
  readonly plans: readonly PlanAdoption[];
  /** Every year of the range with the lines its timeline keeps, chosen from every event in scope. */
  readonly timeline: readonly TimelineYearLines[];
  readonly dataQuality: DataQualityFacts;
  /** The sources of the timeline's events and of the published figures. */
  readonly sources: SourcesInScope;
}
