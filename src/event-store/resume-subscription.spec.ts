import { Subject, firstValueFrom, toArray, take, type Observable } from 'rxjs';
import { StoreUnavailableError, type RecordedEvent, type SubscriptionMessage } from './event-store.port.js';
import { resumeAfterFailure } from './resume-subscription.js';

function eventAt(position: number): SubscriptionMessage {
  const event: RecordedEvent = {
    id: `id-${position}`,
    type: 'Probe',
    data: {},
    metadata: {},
    stream: 'probe-1',
    revision: position,
    position,
    recordedAt: new Date(0),
  };
  return { kind: 'event', event };
}

/** A fake adapter: every attempt is a Subject the test drives, and the requested start is recorded. */
function scriptedAttempts() {
  const attempts: { after: number | undefined; feed: Subject<SubscriptionMessage> }[] = [];
  const open = (after: number | undefined): Observable<SubscriptionMessage> => {
    const feed = new Subject<SubscriptionMessage>();
    attempts.push({ after, feed });
    return feed;
  };
  return { attempts, open };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('resumeAfterFailure', () => {
  it('reopens from the last delivered position and drops what was already delivered', async () => {
    const { attempts, open } = scriptedAttempts();
    const received = firstValueFrom(
      resumeAfterFailure(open, { after: 10, initialDelayMs: 1 }).pipe(take(5), toArray()),
    );

    attempts[0].feed.next(eventAt(11));
    attempts[0].feed.next({ kind: 'caughtUp', position: 11 });
    attempts[0].feed.next(eventAt(12));
    attempts[0].feed.error(new StoreUnavailableError('gone'));
    await until(() => attempts.length === 2);
    attempts[1].feed.next(eventAt(12));
    attempts[1].feed.next({ kind: 'caughtUp', position: 12 });
    attempts[1].feed.next(eventAt(13));
    attempts[1].feed.next(eventAt(14));

    expect(attempts.map((attempt) => attempt.after)).toEqual([10, 12]);
    expect(await received).toEqual([
      eventAt(11),
      { kind: 'caughtUp', position: 11 },
      eventAt(12),
      eventAt(13),
      eventAt(14),
    ]);
  });

  it('starts from the beginning when no position was given or delivered', async () => {
    const { attempts, open } = scriptedAttempts();
    const received = firstValueFrom(resumeAfterFailure(open, { initialDelayMs: 1 }).pipe(take(1), toArray()));

    attempts[0].feed.error(new StoreUnavailableError('gone'));
    await until(() => attempts.length === 2);
    attempts[1].feed.next(eventAt(1));

    expect(attempts.map((attempt) => attempt.after)).toEqual([undefined, undefined]);
    expect(await received).toEqual([eventAt(1)]);
  });

  it('passes a non-retryable error on and stops', async () => {
    const { attempts, open } = scriptedAttempts();
    const failure = new Error('kaputt');
    const received = firstValueFrom(resumeAfterFailure(open, { initialDelayMs: 1 }));

    attempts[0].feed.error(failure);

    await expect(received).rejects.toBe(failure);
    expect(attempts).toHaveLength(1);
  });

  it('keeps retrying while the store stays away', async () => {
    const { attempts, open } = scriptedAttempts();
    const received = firstValueFrom(resumeAfterFailure(open, { initialDelayMs: 1, maxDelayMs: 2 }));

    for (let attempt = 0; attempt < 4; attempt += 1) {
      await until(() => attempts.length === attempt + 1);
      attempts[attempt].feed.error(new StoreUnavailableError('still gone'));
    }
    await until(() => attempts.length === 5);
    attempts[4].feed.next(eventAt(3));

    expect(await received).toEqual(eventAt(3));
  });
});
