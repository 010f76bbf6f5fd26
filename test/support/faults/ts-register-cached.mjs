/**
 * `node --import ./test/support/faults/ts-register-cached.mjs child.ts`: the
 * repository's TypeScript hooks (../ts-hooks.mjs) with a transpile cache in
 * front, in the directory named by OMSTALLNING_TS_CACHE. Tests that start the
 * same child many times pay for TypeScript once instead of at every start.
 */
import { register } from 'node:module';

register('../ts-hooks.mjs', import.meta.url);
register('./transpile-cache-hooks.mjs', import.meta.url);
