import { loadHere, type LoadOptions } from './harness/load.js';

/** The clients of a load, in a process of their own (see `load`): options as JSON in argv, the result as JSON on stdout. */
const options = JSON.parse(process.argv[2]) as LoadOptions;
process.stdout.write(JSON.stringify(await loadHere(options)));
