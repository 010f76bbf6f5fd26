import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const register = pathToFileURL(join(root, 'test/support/faults/ts-register-cached.mjs')).href;
const childScript = join(root, 'test/support/faults/import-child.ts');

export interface ImportOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** What a finished import reported; null when it was killed first. */
  readonly done: { readonly written: number; readonly alreadyPresent: number; readonly refused: number } | null;
}

/** A child that has loaded the importer and waits for `go()`; see import-child.ts. */
export interface ImporterProcess {
  readonly ready: Promise<void>;
  /** Resolves when the child is about to make its first append to the ledger. */
  readonly writing: Promise<void>;
  readonly exited: Promise<ImportOutcome>;
  go(): void;
  kill(): void;
}

/**
 * Starts an importer of `file` into the SQLite ledger at `ledgerPath`. It
 * loads (a few seconds of TypeScript and NestJS) before it is told to go, so
 * a test can start the next one while the current one runs. Transpiled
 * modules are kept in `cacheDir` for the next children.
 */
export function startImporter(ledgerPath: string, file: string, cacheDir: string): ImporterProcess {
  const child = spawn(process.execPath, ['--import', register, childScript, ledgerPath, file], {
    cwd: root,
    env: { ...process.env, OMSTALLNING_TS_CACHE: cacheDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let done: ImportOutcome['done'] = null;
  let markReady: () => void = () => undefined;
  let markWriting: () => void = () => undefined;
  const ready = new Promise<void>((resolveReady) => (markReady = resolveReady));
  const writing = new Promise<void>((resolveWriting) => (markWriting = resolveWriting));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, ...counts] = line.split(' ');
    if (word === 'ready') markReady();
    if (word === 'writing') markWriting();
    if (word === 'done') {
      const [written, alreadyPresent, refused] = counts.map(Number);
      done = { written, alreadyPresent, refused };
    }
  });
  const exited = once(child, 'close').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, done }));
  // 'close' comes after the last stdout line was read; a child that dies while loading must not leave `ready` pending.
  void exited.then(markReady);
  return {
    ready,
    writing,
    exited,
    go: () => child.stdin.end('go\n'),
    kill: () => child.kill('SIGKILL'),
  };
}
