import { KeyedLock } from './keyed-lock.js';

describe('one command at a time per stream', () => {
  it('runs tasks on the same key in order, even when one fails, and other keys alongside', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = lock.run('plan-a', async () => {
      await gate;
      log.push('a1');
      throw new Error('refused');
    });
    const second = lock.run('plan-a', async () => log.push('a2'));
    const other = lock.run('plan-b', async () => log.push('b1'));
    await other;
    expect(log).toEqual(['b1']);
    release();
    await expect(first).rejects.toThrow('refused');
    await second;
    expect(log).toEqual(['b1', 'a1', 'a2']);
  });
});
