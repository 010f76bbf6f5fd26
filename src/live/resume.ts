import { Observable } from 'rxjs';

export interface Positioned {
  readonly position: number;
}

export interface ResumeSources<T extends Positioned> {
  /** Hot: events as they are applied, from the moment of subscription on. */
  readonly live$: Observable<T>;
  /** Everything already recorded after a position (exclusive), in log order. */
  history(after: number): AsyncIterable<T>;
  /** Resolves once what `history` will return has been applied, so history and live agree. */
  ready?(): Promise<void>;
}

/**
 * Live events resumed after a position with no gap and no duplicate.
 * Subscribes to live first and buffers, replays history, then drains the
 * buffer; an event is passed on only if its position is past the last one
 * passed on, so the overlap between history and buffer is sent once.
 * With `after` null there is nothing to catch up: live only.
 */
export function resumeAfter<T extends Positioned>(after: number | null, sources: ResumeSources<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    let last = after ?? Number.NEGATIVE_INFINITY;
    let replaying = after !== null;
    let closed = false;
    let buffer: T[] = [];
    const pass = (event: T) => {
      if (event.position <= last) return;
      last = event.position;
      subscriber.next(event);
    };
    const live = sources.live$.subscribe({
      next: (event) => (replaying ? buffer.push(event) : pass(event)),
      error: (error: unknown) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    if (after !== null) {
      const replay = async () => {
        await sources.ready?.();
        for await (const event of sources.history(after)) {
          if (closed) return;
          pass(event);
        }
        if (closed) return;
        replaying = false;
        const buffered = buffer;
        buffer = [];
        buffered.forEach(pass);
      };
      replay().catch((error: unknown) => subscriber.error(error));
    }
    return () => {
      closed = true;
      buffer = [];
      live.unsubscribe();
    };
  });
}
