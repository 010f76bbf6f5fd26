import { writeFileSync } from 'node:fs';
import type { BenchContext } from './harness/context.js';
import type { ChildMeasure } from './harness/in-service-process.js';
import type { Measurement } from './harness/measurement.js';
import { measureRebuild } from './measure/rebuild.js';
import { measureReplay } from './measure/replay.js';

/** Entry point of a child started by inServiceProcess: `measure-child.js <measure> <context json> <output file>`. */
const MEASURES: Record<ChildMeasure, (ctx: BenchContext) => Promise<Measurement[]>> = { replay: measureReplay, rebuild: measureRebuild };

const [measure, context, output] = process.argv.slice(2);
MEASURES[measure as ChildMeasure](JSON.parse(context) as BenchContext)
  .then((measurements) => writeFileSync(output, JSON.stringify(measurements)))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
