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

/** The `minPosition` parameter as the API description gives it, on every query that takes it. */
export const MIN_POSITION_QUERY = {
  name: 'minPosition',
  required: false,
  type: Number,
  description:
    'Läs din egen skrivning: svaret väntar (högst 5 s) tills händelsen på denna globala position är tillämpad. ' +
    'En position som lagret ännu inte har nått ger 400 QUERY.POSITION_NOT_REACHED direkt; en som inte hinner tillämpas ger 504 PROJECTION.WAIT_TIMEOUT med Retry-After.',
} as const;
