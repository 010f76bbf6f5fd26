import { Subject, type Observable, type Subscription } from 'rxjs';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '../event-store/event-store.port.js';
import type { StoredLedgerEvent } from '../ledger/domain/ledger-event.js';
import { PositionNotReachedError, ProjectionWaitTimeoutError, UnknownProjectionError } from './projection-errors.js';
import type { Projection } from './projection.js';
import { applyToSlots, asLedgerEvent, isLedgerEvent, metadataRead, rebuildProjections, type ProjectionSlot, type RebuildReport } from './rebuild-projections.js';

export interface RunnerLogger {
  log(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface RunnerStatus {
  /** Caught up with the log as it was when the runner started; queries answer from then on. */
  readonly ready: boolean;
  /** Position of the last event applied, null before the first. */
  readonly checkpoint: number | null;
  readonly head: number | null;
  /** head − checkpoint, in the store's position units (0 when nothing is waiting). */
  readonly lag: number | null;
  readonly rebuilding: boolean;
  /** Events a reducer threw on (each skipped by that projection only). */
  readonly failures: number;
  readonly projections: readonly { readonly name: string; readonly facets: readonly string[]; readonly checkpoint: number | null }[];
}

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
}

export const DEFAULT_WAIT_MS = 5_000;
const RESUBSCRIBE_MS = 1_000;

/**
 * Feeds the registered projections from one catch-up-then-live subscription,
 * in log order. Every projection is applied up to the same checkpoint (the
 * last position delivered), so one checkpoint serves them all; events at or
 * before it are duplicates and skipped. A rebuild replays the log into fresh
 * states while the old ones keep answering, then swaps all of them at once.
 */
export class ProjectionRunner {
  private slots: ProjectionSlot[] = [];
  /** Projection and facet names to the slot holding them and how to read them from its state. */
  private readonly names = new Map<string, { readonly slot: number; readonly read: (state: unknown) => unknown }>();
  private applied: number | null = null;
  private subscription: Subscription | null = null;
  private retry: NodeJS.Timeout | null = null;
  private waiters: Waiter[] = [];
  private isReady = false;
  private readonly readySignal: Promise<void>;
  private signalReady!: () => void;
  private rebuilding: { buffer: StoredLedgerEvent[]; done: Promise<RebuildReport> } | null = null;
  private failures = 0;
  private readonly applied$ = new Subject<StoredLedgerEvent>();

  /**
   * Every ledger event once applied to all projections, with its position (for live updates to clients).
   * Its metadata may hold only the fields the projections read (Projection.metadata).
   */
  readonly events$: Observable<StoredLedgerEvent> = this.applied$.asObservable();

  constructor(
    private readonly store: EventStore,
    projections: readonly Projection<unknown>[] = [],
    private readonly logger: RunnerLogger = { log: () => undefined, error: () => undefined },
    /**
     * Called once a bulk load has settled: a rebuild's swap, before the new states answer; the catch-up at
     * start, on the turn after it reported ready (see collectFully).
     */
    private readonly afterBulkLoad: () => void = () => undefined,
  ) {
    this.readySignal = new Promise((resolve) => (this.signalReady = resolve));
    projections.forEach((p) => this.register(p));
  }

  /** Adds a projection; only before `start`, so every projection sees the whole log. */
  register(projection: Projection<unknown>): void {
    if (this.subscription || this.applied !== null) throw new Error(`Projection ${projection.name} registered after the runner started`);
    const slot = this.slots.length;
    const names: [string, (state: unknown) => unknown][] = [[projection.name, (state) => state], ...Object.entries(projection.facets ?? {})];
    for (const [name] of names) if (this.names.has(name)) throw new Error(`Projection ${name} registered twice`);
    for (const [name, read] of names) this.names.set(name, { slot, read });
    this.slots.push({ projection, state: projection.initialState() });
  }

  start(): void {
    if (this.subscription) return;
    this.subscribe();
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  get ready(): boolean {
    return this.isReady;
  }

  /** Resolves once the runner has caught up with the log. */
  whenReady(): Promise<void> {
    return this.readySignal;
  }

  get checkpoint(): number | null {
    return this.applied;
  }

  /** A projection's (or facet's) current state; read it, never keep it across awaits (a rebuild replaces it). */
  state<State>(name: string): State {
    const named = this.names.get(name);
    if (named === undefined) throw new UnknownProjectionError(name);
    return named.read(this.slots[named.slot].state) as State;
  }

  async status(): Promise<RunnerStatus> {
    const head = await this.store.headPosition();
    return {
      ready: this.isReady,
      checkpoint: this.applied,
      head,
      lag: head === null ? 0 : head - (this.applied ?? 0),
      rebuilding: this.rebuilding !== null,
      failures: this.failures,
      projections: this.slots.map((slot) => ({ name: slot.projection.name, facets: Object.keys(slot.projection.facets ?? {}), checkpoint: this.applied })),
    };
  }

  /** Resolves once `position` is applied; throws ProjectionWaitTimeoutError after `timeoutMs`. */
  waitFor(position: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (this.applied !== null && this.applied >= position) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new ProjectionWaitTimeoutError(position, this.applied, timeoutMs));
      }, timeoutMs);
      const waiter: Waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * Like waitFor, for a position a client names. One already applied needs no
   * word from the store (which may be out of reach). One past the store's head
   * no write has reached, so waiting could only time out: PositionNotReachedError
   * at once. One at or below the head may be another replica's write not yet
   * applied here: waited for. Positions are not contiguous on EventStoreDB, so
   * "past the head" is the only rule that holds on every store.
   */
  async waitForRecorded(position: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (this.applied !== null && this.applied >= position) return;
    const head = await this.store.headPosition();
    if (head === null || position > head) throw new PositionNotReachedError(position, head);
    await this.waitFor(position, timeoutMs);
  }

  /** Replays the log from zero into fresh states and swaps them in whole; one rebuild at a time. */
  rebuild(): Promise<RebuildReport> {
    if (this.rebuilding) return this.rebuilding.done;
    const buffer: StoredLedgerEvent[] = [];
    const done = this.runRebuild(buffer).finally(() => (this.rebuilding = null));
    this.rebuilding = { buffer, done };
    return done;
  }

  private async runRebuild(buffer: StoredLedgerEvent[]): Promise<RebuildReport> {
    const { slots, report } = await rebuildProjections(this.store, this.slots.map((s) => s.projection), (name, error) => this.failed(name, error));
    // Live events applied to the old states while the replay ran; the replay may not have read them all.
    let checkpoint = report.checkpoint;
    for (const event of buffer) {
      if (checkpoint !== null && event.position <= checkpoint) continue;
      applyToSlots(slots, event, (name, error) => this.failed(name, error));
      checkpoint = event.position;
    }
    for (const slot of slots) slot.projection.settle?.(slot.state);
    this.slots = slots;
    this.afterBulkLoad();
    // While subscribed, events the replay read ahead of the subscription are delivered again and
    // re-applied (reducers are idempotent), so `events$` and the checkpoint miss nothing.
    if (!this.subscription && checkpoint !== null) {
      this.applied = checkpoint;
      this.resolveWaiters();
    }
    this.logger.log(`Läsmodellerna byggdes om: ${report.events} händelser på ${Math.round(report.durationMs)} ms`);
    return { ...report, checkpoint };
  }

  private subscribe(): void {
    const metadata = metadataRead(this.slots.map((slot) => slot.projection));
    this.subscription = this.store.subscribeToAll(this.applied === null ? { metadata } : { after: this.applied, metadata }).subscribe({
      next: (message) => this.receive(message),
      error: (error: unknown) => {
        this.logger.error('Prenumerationen på händelseloggen avbröts; försöker igen', error);
        this.subscription = null;
        this.retry = setTimeout(() => {
          this.retry = null;
          this.subscribe();
        }, RESUBSCRIBE_MS);
        this.retry.unref();
      },
    });
  }

  private receive(message: SubscriptionMessage): void {
    if (message.kind === 'caughtUp') return this.caughtUp();
    this.handle(message.event);
  }

  private handle(event: RecordedEvent): void {
    if (this.applied !== null && event.position <= this.applied) return;
    this.applied = event.position;
    if (isLedgerEvent(event)) {
      const ledgerEvent = asLedgerEvent(event);
      applyToSlots(this.slots, ledgerEvent, (name, error) => this.failed(name, error));
      this.rebuilding?.buffer.push(ledgerEvent);
      this.applied$.next(ledgerEvent);
    }
    if (this.waiters.length > 0) this.resolveWaiters();
  }

  private caughtUp(): void {
    for (const slot of this.slots) slot.projection.settle?.(slot.state);
    if (this.isReady) return;
    this.isReady = true;
    this.signalReady();
    this.logger.log(`Läsmodellerna är ikapp vid position ${this.applied ?? 'ingen'}`);
    // The queries held until now answer first (their continuations run before any immediate):
    // a full collection at a million events is half a second the first answer need not wait for.
    setImmediate(this.afterBulkLoad).unref();
  }

  private resolveWaiters(): void {
    const applied = this.applied;
    if (applied === null) return;
    const waiting: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.position <= applied) waiter.resolve();
      else waiting.push(waiter);
    }
    this.waiters = waiting;
  }

  private failed(projection: string, error: unknown): void {
    this.failures++;
    this.logger.error(`Läsmodellen ${projection} kunde inte tillämpa en händelse`, error);
  }
}
