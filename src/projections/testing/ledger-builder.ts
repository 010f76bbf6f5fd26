import type { CorrectionEvent } from '../../corrections/domain/correction-events.js';
import type { FigurePublished } from '../../figures/domain/figure-events.js';
import type { InitiativeEvent, InitiativeRegistered } from '../../initiatives/domain/initiative-events.js';
import { eventHash } from '../../ledger/domain/hash-chain.js';
import type { LedgerEvent, StoredLedgerEvent } from '../../ledger/domain/ledger-event.js';
import type { LedgerMetadata } from '../../ledger/domain/metadata.js';
import { streams } from '../../ledger/domain/streams.js';
import type { ActorId, EdtfDate, Source } from '../../ledger/domain/vocabulary.js';
import type { PlanEvent, PlanInitiated } from '../../plans/domain/plan-events.js';

const MINUTE = 60_000;

export interface BuilderOptions {
  /** Record time of the first event; each later event is recorded a minute after the previous one unless `at` moves the clock. */
  readonly recordedFrom?: string;
  readonly principal?: string;
  readonly source?: Source;
}

/**
 * Builds a ledger the way the write side would have stored it: positions,
 * revisions, record times and a valid hash chain, in domain words
 * (`ledger.plan(...).adoptedBy('kommun:1784', '2022-03-28')`).
 */
export class LedgerBuilder {
  readonly events: StoredLedgerEvent[] = [];
  private clock: number;
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  private principal: string;
  private source: Source;

  constructor(options: BuilderOptions = {}) {
    this.clock = Date.parse(options.recordedFrom ?? '2023-01-01T08:00:00Z');
    this.principal = options.principal ?? 'key:test-recorder';
    this.source = options.source ?? { title: 'Testkälla', publisher: 'Test' };
  }

  /** Records the next events at this record time (ISO timestamp). */
  at(recordedAt: string): this {
    this.clock = Date.parse(recordedAt);
    return this;
  }

  as(principal: string): this {
    this.principal = principal;
    return this;
  }

  /** The source the next events cite. */
  citing(source: Source): this {
    this.source = source;
    return this;
  }

  /** The record time the next event will get. */
  get now(): string {
    return new Date(this.clock).toISOString();
  }

  record<E extends LedgerEvent>(stream: string, event: E, source: Source = this.source): StoredLedgerEvent<E> {
    const head = this.heads.get(stream);
    const revision = head ? head.revision + 1 : 0;
    const position = this.events.length + 1;
    const id = `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`;
    const unsigned: Omit<LedgerMetadata, 'hash'> = {
      principal: this.principal,
      recordedAt: new Date(this.clock).toISOString(),
      source,
      correlationId: id,
      causationId: id,
      schemaVersion: 1,
      previousHash: head?.hash ?? null,
    };
    const hash = eventHash({ id, stream, revision, type: event.type, data: event.data, metadata: unsigned });
    const stored = { ...event, id, stream, revision, position, metadata: { ...unsigned, hash } } as StoredLedgerEvent<E>;
    this.heads.set(stream, { revision, hash });
    this.events.push(stored);
    this.clock += MINUTE;
    return stored;
  }

  plan(planId: string, init: Partial<PlanInitiated['data']> & Pick<PlanInitiated['data'], 'kind' | 'scope'>): PlanBuilder {
    const owner = init.owner ?? init.lan ?? 'national:skr';
    const data: PlanInitiated['data'] = {
      planId,
      title: init.title ?? `Plan ${planId}`,
      kind: init.kind,
      scope: init.scope,
      lan: init.lan ?? null,
      owner,
      parties: init.parties ?? [owner],
      initiatedOn: init.initiatedOn ?? null,
      description: init.description ?? null,
    };
    const initiated = this.record(streams.plan(planId), { type: 'PlanInitiated', data });
    return new PlanBuilder(this, planId, initiated);
  }

  initiative(initiativeId: string, init: Partial<InitiativeRegistered['data']> & Pick<InitiativeRegistered['data'], 'kind' | 'owners'>): InitiativeBuilder {
    const data: InitiativeRegistered['data'] = {
      initiativeId,
      title: init.title ?? `Insats ${initiativeId}`,
      kind: init.kind,
      program: init.program ?? null,
      owners: init.owners,
      lan: init.lan ?? null,
      targetGroups: init.targetGroups ?? [],
      focusAreas: init.focusAreas ?? [],
      description: init.description ?? null,
    };
    const registered = this.record(streams.initiative(initiativeId), { type: 'InitiativeRegistered', data });
    return new InitiativeBuilder(this, initiativeId, registered);
  }

  figure(data: Partial<FigurePublished['data']> & Pick<FigurePublished['data'], 'indicatorId' | 'year' | 'value'>): StoredLedgerEvent<FigurePublished> {
    return this.record(streams.indicator(data.indicatorId), {
      type: 'FigurePublished',
      data: {
        figureId: data.figureId ?? `${data.indicatorId}-${data.year}`,
        indicatorId: data.indicatorId,
        year: data.year,
        value: data.value,
        numerator: data.numerator ?? null,
        denominator: data.denominator ?? null,
        publisher: data.publisher ?? 'national:skr',
        decidedOn: data.decidedOn ?? null,
        note: data.note ?? null,
      },
    });
  }

  correct(target: StoredLedgerEvent, fields: Record<string, unknown>, reason: string): StoredLedgerEvent<CorrectionEvent> {
    return this.record(target.stream, {
      type: 'RecordCorrected',
      data: { correctedEventId: target.id, correctedType: target.type, fields, reason },
    });
  }

  retract(target: StoredLedgerEvent, reason: string): StoredLedgerEvent<CorrectionEvent> {
    return this.record(target.stream, { type: 'RecordRetracted', data: { retractedEventId: target.id, retractedType: target.type, reason } });
  }
}

export class PlanBuilder {
  constructor(
    private readonly ledger: LedgerBuilder,
    readonly planId: string,
    readonly initiated: StoredLedgerEvent<PlanInitiated>,
  ) {}

  private add<E extends PlanEvent>(event: E): StoredLedgerEvent<E> {
    return this.ledger.record(streams.plan(this.planId), event);
  }

  proposed(decidedOn: EdtfDate, proposedBy: ActorId | null = null) {
    return this.add({ type: 'PlanProposed', data: { planId: this.planId, decidedOn, proposedBy } });
  }

  adoptedBy(party: ActorId, decidedOn: EdtfDate, decidedBy = 'Kommunfullmäktige', version = 1) {
    return this.add({ type: 'PlanAdopted', data: { planId: this.planId, party, decidedOn, decidedBy, version } });
  }

  /** Every party adopts on the same date. */
  adoptedByAll(decidedOn: EdtfDate) {
    return this.initiated.data.parties.map((party) => this.adoptedBy(party, decidedOn));
  }

  revised(decidedOn: EdtfDate, version: number, title: string | null = null) {
    return this.add({ type: 'PlanRevised', data: { planId: this.planId, version, decidedOn, title, description: null } });
  }

  superseded(decidedOn: EdtfDate, supersededBy: string) {
    return this.add({ type: 'PlanSuperseded', data: { planId: this.planId, supersededBy, decidedOn } });
  }

  withdrawn(decidedOn: EdtfDate, reason = 'Arbetet avbröts') {
    return this.add({ type: 'PlanWithdrawn', data: { planId: this.planId, decidedOn, reason } });
  }
}

type Transition = Exclude<InitiativeEvent['type'], 'InitiativeRegistered'>;

export class InitiativeBuilder {
  constructor(
    private readonly ledger: LedgerBuilder,
    readonly initiativeId: string,
    readonly registered: StoredLedgerEvent<InitiativeRegistered>,
  ) {}

  transition(type: Transition, decidedOn: EdtfDate, decidedBy: string | null = null, note: string | null = null) {
    return this.ledger.record(streams.initiative(this.initiativeId), {
      type,
      data: { initiativeId: this.initiativeId, decidedOn, decidedBy, note },
    } as InitiativeEvent);
  }

  decided(decidedOn: EdtfDate, decidedBy: string | null = null) {
    return this.transition('InitiativeDecided', decidedOn, decidedBy);
  }

  started(decidedOn: EdtfDate) {
    return this.transition('InitiativeStarted', decidedOn);
  }

  scaledUp(decidedOn: EdtfDate) {
    return this.transition('InitiativeScaledUp', decidedOn);
  }

  madePermanent(decidedOn: EdtfDate) {
    return this.transition('InitiativeMadePermanent', decidedOn);
  }

  ended(decidedOn: EdtfDate) {
    return this.transition('InitiativeEnded', decidedOn);
  }
}
