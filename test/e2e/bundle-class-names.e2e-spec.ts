import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Patched {
  readonly code: string;
  readonly replaced: number;
}

interface Bundled {
  readonly classes: readonly (new () => object)[];
  readonly functions: readonly ((...args: never[]) => unknown)[];
  readonly callbackFor: (value: number) => () => number;
}

/**
 * Two modules that both declare `Logger` and `describe`, so esbuild renames one of each in the
 * bundle, and a function that makes a closure per call, as Fastify and Nest do per request.
 */
const SOURCES: Record<string, string> = {
  'a.js': "export class Logger {}\nexport function describe() { return 'a'; }\n",
  'b.js': "export class Logger {}\nexport function describe() { return 'b'; }\n",
  'entry.js': [
    "import { Logger as A, describe as describeA } from './a.js';",
    "import { Logger as B, describe as describeB } from './b.js';",
    'export const classes = [A, B];',
    'export const functions = [describeA, describeB];',
    'export function callbackFor(value) {',
    '  const onDone = () => value;',
    '  return onDone;',
    '}',
  ].join('\n'),
};

describe("the service bundle's names (scripts/class-names-only.mjs, as bundle-service.mjs applies it)", () => {
  let dir: string;
  let code: string;
  let withClassNamesOnly: (code: string) => Patched;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'omstallning-bundle-names-'));
    for (const [name, text] of Object.entries(SOURCES)) writeFileSync(join(dir, name), text);
    const result = await build({ entryPoints: [join(dir, 'entry.js')], bundle: true, platform: 'node', format: 'esm', keepNames: true, write: false, logLevel: 'silent' });
    code = result.outputFiles[0].text;
    ({ withClassNamesOnly } = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'class-names-only.mjs')).href)) as { withClassNamesOnly: (code: string) => Patched });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const load = async (name: string, text: string): Promise<Bundled> => {
    writeFileSync(join(dir, name), text);
    return (await import(pathToFileURL(join(dir, name)).href)) as Bundled;
  };

  it('finds the helper esbuild writes for keepNames, once, and wraps the per-call closure in it', () => {
    expect(code).toMatch(/__name\(\(\) => value, "onDone"\)/);
    expect(withClassNamesOnly(code).replaced).toBe(1);
    expect(withClassNamesOnly('export const x = 1;\n')).toEqual({ code: 'export const x = 1;\n', replaced: 0 });
  });

  it('still gives renamed classes and declared functions their names back', async () => {
    const bundled = await load('patched.mjs', withClassNamesOnly(code).code);
    expect(bundled.classes.map((type) => type.name)).toEqual(['Logger', 'Logger']);
    expect(bundled.functions.map((fn) => fn.name)).toEqual(['describe', 'describe']);
  });

  it('leaves a closure made per call as V8 made it, where the helper as esbuild writes it defines its name on every call', async () => {
    const patched = await load('patched-closure.mjs', withClassNamesOnly(code).code);
    const unpatched = await load('unpatched-closure.mjs', code);
    expect(patched.callbackFor(1).name).toBe('');
    expect(patched.callbackFor(2)()).toBe(2);
    expect(unpatched.callbackFor(1).name).toBe('onDone');
  });
});
