import type { ActorRegistry } from '../../actors/domain/actor-registry.js';
import type { PlansState } from '../../adoption/domain/plans-state.js';
import type { IndicatorContext } from '../../indicators/domain/evaluate.js';
import type { InitiativesState } from '../../indicators/domain/initiatives-state.js';
import type { ActorId } from '../../ledger/domain/vocabulary.js';
import type { LanOf } from '../../projections/domain/lan-of.js';
import type { FiguresState } from '../../reconciliation/domain/figures-projection.js';
import type { TimelineState } from '../../timeline/domain/timeline-state.js';
import type { ReportYears } from '../digest/report-years.js';

/** The read models a trend report is gathered from, as the projection runner holds them. */
export interface ReportReadModels {
  readonly plans: PlansState;
  readonly initiatives: InitiativesState;
  readonly timeline: TimelineState;
  readonly figures: FiguresState;
  readonly actors: ActorRegistry;
  readonly lanOf: LanOf;
  /** The timeline digested per year for reports, kept with the ledger's read models; without it a report reads the timeline itself. */
  readonly reportYears?: ReportYears;
}

/** What the report asks: a year range, national or one län, as the ledger knew it at `asOf` (null: now). */
export interface TrendReportRequest {
  readonly from: number;
  readonly to: number;
  /** `national` or a län (`lan:17`). */
  readonly scope: 'national' | ActorId;
  readonly asOf: Date | null;
}

/** The public dataset's undated facts left out, per source document (`src/dataset/data-quality.json`). */
export interface DatasetLeftOut {
  readonly sources: readonly { readonly title: string; readonly undated: number }[];
}

export const indicatorContext = (models: ReportReadModels): IndicatorContext => ({
  plans: models.plans,
  initiatives: models.initiatives,
  members: (population, lan) => models.actors.list({ kind: population, ...(lan ? { lan } : {}) }).map((actor) => actor.id),
  lanOf: models.lanOf,
});

/** Record time as the read side takes it: epoch ms, or null for everything applied. */
export const asOfMs = (request: TrendReportRequest): number | null => (request.asOf ? request.asOf.getTime() : null);

/** Display name of an actor; an id the reference data does not know is shown as recorded. */
export const actorName = (models: ReportReadModels, actor: string): string => models.actors.get(actor)?.name ?? actor;

/** Short name for publishers ("SKR", "Socialstyrelsen"), full name for others. */
export const publisherName = (models: ReportReadModels, actor: string): string => {
  const known = models.actors.get(actor);
  return known?.kind === 'national' ? known.shortName : (known?.name ?? actor);
};
