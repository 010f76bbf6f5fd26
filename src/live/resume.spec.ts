import { Subject, type Observable } from 'rxjs';
import { resumeAfter, type Positioned } from './resume.js';

interface E extends Positioned {
  readonly id: string;
}

const ev = (position: number): E => ({ position, id: `e${position}` });

/** A log and a live subject where appending and applying can be interleaved by hand, as a test script. */
function givenLog(recorded: number[]) {
  const log = recorded.map(ev);
  const live = new Subject<E>();
  let releaseHistory: () => void = () => undefined;
  const historyGate = new Promise<void>((resolve) => (releaseHistory = resolve));
  return {
    log,
    live,
    releaseHistory,
    record: (position: number) => log.push(ev(position)),
    apply: (position: number) => live.next(ev(position)),
    sources: {
      live$: live.asObservable() as Observable<E>,
      async *history(after: number) {
        await historyGate;
        // A snapshot at read time, like a store read.
        for (const e of [...log]) if (e.position > after) yield e;
      },
    },
  };
}

function collect(source: Observable<E>) {
  const seen: number[] = [];
  const subscription = source.subscribe((e) => seen.push(e.position));
  return { seen, subscription };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('resumeAfter', () => {
  it('replays what came after the position, then goes on live', async () => {
    const log = givenLog([1, 2, 3, 4]);
    const { seen } = collect(resumeAfter(2, log.sources));
    log.releaseHistory();
    await settle();
    log.record(5);
    log.apply(5);
    expect(seen).toEqual([3, 4, 5]);
  });

  it('sends an event applied during the replay once, after the history, in order', async () => {
    const log = givenLog([1, 2, 3]);
    const { seen } = collect(resumeAfter(1, log.sources));
    // Applied while history is still being read: 3 is in both, 4 only in the buffer.
    log.apply(3);
    log.record(4);
    log.apply(4);
    log.releaseHistory();
    await settle();
    log.record(5);
    log.apply(5);
    expect(seen).toEqual([2, 3, 4, 5]);
  });

  it('with no position sends only what is applied from now on', async () => {
    const log = givenLog([1, 2]);
    const { seen } = collect(resumeAfter(null, log.sources));
    log.record(3);
    log.apply(3);
    expect(seen).toEqual([3]);
  });

  it('waits for the reader to be ready before reading history', async () => {
    const log = givenLog([1, 2]);
    const order: string[] = [];
    let ready: () => void = () => undefined;
    const sources = {
      ...log.sources,
      ready: () => new Promise<void>((resolve) => (ready = () => (order.push('ready'), resolve()))),
      async *history(after: number) {
        order.push('history');
        yield* log.sources.history(after);
      },
    };
    const { seen } = collect(resumeAfter(0, sources));
    await settle();
    expect(order).toEqual([]);
    ready();
    log.releaseHistory();
    await settle();
    expect(order).toEqual(['ready', 'history']);
    expect(seen).toEqual([1, 2]);
  });

  it('leaves no subscription behind when the client goes away mid-replay', async () => {
    const log = givenLog([1, 2, 3]);
    const { seen, subscription } = collect(resumeAfter(0, log.sources));
    expect(log.live.observed).toBe(true);
    subscription.unsubscribe();
    expect(log.live.observed).toBe(false);
    log.releaseHistory();
    await settle();
    expect(seen).toEqual([]);
  });

  it('passes a failing history read on as an error', async () => {
    const live = new Subject<E>();
    const errors: unknown[] = [];
    resumeAfter(0, {
      live$: live,
      // eslint-disable-next-line require-yield
      async *history() {
        throw new Error('lagret svarar inte');
      },
    }).subscribe({ error: (e) => errors.push(e) });
    await settle();
    expect(errors).toHaveLength(1);
    expect(live.observed).toBe(false);
  });
});
