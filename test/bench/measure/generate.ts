import { generateLedger } from '../generate-ledger.js';
import { collectGarbage, time } from '../harness/clock.js';
import type { BenchContext } from '../harness/context.js';
import { perSecond, type Measurement } from '../harness/measurement.js';
import { verifyLedger, type LedgerSummary } from '../ledger/verify-ledger.js';

/**
 * Generates the ledger once to time the generator, then again through the
 * verifier: nothing is measured on a ledger whose count, revisions, hash chain
 * or decision dates are wrong.
 */
export async function measureGenerate(ctx: BenchContext): Promise<{ measurements: Measurement[]; summary: LedgerSummary }> {
  collectGarbage();
  let generated = 0;
  const generateMs = await time(() => {
    for (const group of generateLedger(ctx.ledger)) generated += group.events.length;
  });
  collectGarbage();
  let summary: LedgerSummary | undefined;
  const verifyMs = await time(() => {
    summary = verifyLedger(generateLedger(ctx.ledger), ctx.events);
  });
  if (!summary || generated !== ctx.events) throw new Error(`generated ${generated} events, expected ${ctx.events}`);
  return {
    summary,
    measurements: [
      { name: 'generate ledger', unit: 'events/s', higherIsBetter: true, ours: perSecond(generated, generateMs), sample: generated, note: `${(generateMs / 1000).toFixed(1)} s` },
      { name: 'generate + verify every hash', unit: 'events/s', higherIsBetter: true, ours: perSecond(generated, verifyMs), sample: generated },
    ],
  };
}
