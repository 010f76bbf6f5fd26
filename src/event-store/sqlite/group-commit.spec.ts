import { setImmediate as nextTurn } from 'node:timers/promises';
import { GroupCommit, type Outcome } from './group-commit.js';

/** A writer that records every group it is handed and answers each request by doubling it, refusing odd ones. */
function recordingWriter() {
  const groups: number[][] = [];
  const write = (requests: readonly number[]): Outcome<number>[] => {
    groups.push([...requests]);
    return requests.map((request) => (request % 2 === 0 ? { ok: true, value: request * 2 } : { ok: false, error: new Error(`odd ${request}`) }));
  };
  return { groups, write };
}

describe('GroupCommit', () => {
  it('writes the requests submitted in one turn of the event loop as one group, in submission order', async () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write);

    const answers = Promise.all([commit.submit(2), commit.submit(4), commit.submit(6)]);

    expect(writer.groups).toEqual([]);
    expect(await answers).toEqual([4, 8, 12]);
    expect(writer.groups).toEqual([[2, 4, 6]]);
  });

  it('gathers requests made after awaits within the same turn', async () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write);
    const later = async (request: number) => {
      await Promise.resolve();
      await Promise.resolve();
      return commit.submit(request);
    };

    await Promise.all([commit.submit(2), later(4), later(6)]);

    expect(writer.groups).toEqual([[2, 4, 6]]);
  });

  it('starts a new group for requests made once the previous one is written', async () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write);

    await commit.submit(2);
    await Promise.all([commit.submit(4), commit.submit(6)]);

    expect(writer.groups).toEqual([[2], [4, 6]]);
  });

  it("answers each request with its own outcome: one refused request does not fail the others'", async () => {
    const commit = new GroupCommit(recordingWriter().write);

    const outcomes = await Promise.allSettled([commit.submit(2), commit.submit(3), commit.submit(4)]);

    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 4 },
      { status: 'rejected', reason: new Error('odd 3') },
      { status: 'fulfilled', value: 8 },
    ]);
  });

  it('fails every request of the group with the error when the group as a whole fails', async () => {
    const failure = new Error('disk full');
    const commit = new GroupCommit<number, number>(() => {
      throw failure;
    });

    const outcomes = await Promise.allSettled([commit.submit(2), commit.submit(4)]);

    expect(outcomes).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
  });

  it('flush writes what is waiting at once, and the turn that follows finds nothing left to write', async () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write);
    const answer = commit.submit(2);

    commit.flush();
    expect(writer.groups).toEqual([[2]]);
    await nextTurn();

    expect(await answer).toBe(4);
    expect(writer.groups).toEqual([[2]]);
  });
});
