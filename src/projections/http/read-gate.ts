import { DEFAULT_WAIT_MS, type ProjectionRunner } from '../projection-runner.js';
import { ProjectionWaitTimeoutError } from '../projection-errors.js';

/**
 * Before a query answers: wait (bounded) until the client's own write at
 * `minPosition` is applied (refused at once if the store never recorded that
 * position), and until the read models have caught up at start-up, so no
 * client reads a half-built model.
 */
export async function readGate(runner: ProjectionRunner, minPosition: number | undefined, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  if (minPosition !== undefined) await runner.waitForRecorded(minPosition, timeoutMs);
  if (runner.ready) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProjectionWaitTimeoutError(null, runner.checkpoint, timeoutMs)), timeoutMs);
  });
  try {
    await Promise.race([runner.whenReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
