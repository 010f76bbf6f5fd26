/** What became of one request of a group: its own result or its own error. */
export type Outcome<Result> = { readonly ok: true; readonly value: Result } | { readonly ok: false; readonly error: unknown };

/** Writes a whole group at once, one outcome per request in order; throws when the group as a whole failed. */
export type GroupWriter<Request, Result> = (requests: readonly Request[]) => readonly Outcome<Result>[];

interface Pending<Request, Result> {
  readonly request: Request;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: requests submitted while a group is waiting to be written join
 * it, so they share one transaction and one fsync, and each is still answered
 * on its own.
 *
 * The group is written on `setImmediate`, in the check phase after the event
 * loop's I/O callbacks. A microtask would only gather requests made in the same
 * synchronous run (a `Promise.all`); HTTP requests arrive in separate I/O
 * callbacks, and those that piled up in the socket buffers while the last
 * fsync blocked the thread are all handled in one poll phase, so they meet in
 * one group. There is no timer: a lone request waits one turn of an idle loop,
 * microseconds against the millisecond of its fsync.
 */
export class GroupCommit<Request, Result> {
  private pending: Pending<Request, Result>[] = [];
  private scheduled = false;

  constructor(private readonly writeGroup: GroupWriter<Request, Result>) {}

  submit(request: Request): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  /** Writes what is waiting now, synchronously; nothing when the queue is empty. */
  flush(): void {
    const group = this.pending;
    this.pending = [];
    this.scheduled = false;
    if (group.length === 0) return;
    let outcomes: readonly Outcome<Result>[];
    try {
      outcomes = this.writeGroup(group.map((entry) => entry.request));
    } catch (error) {
      for (const entry of group) entry.reject(error);
      return;
    }
    group.forEach((entry, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    });
  }
}
