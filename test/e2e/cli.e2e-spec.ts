import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { createKey, exportToFile, importFiles, rebuild, restoreFromFile, verifyChains } from '../../src/cli/actions.js';

/** The command line as a user runs it: a real process on the TypeScript sources through the repository's module hook. */
function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', './test/support/ts-register.mjs', 'src/cli.ts', ...args], {
    env: { ...process.env, ...env, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** One command's action in this process, with what it printed and the exit code it set. */
async function run(action: () => Promise<void>, sqlitePath: string) {
  const printed: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  const previousPath = process.env.SQLITE_PATH;
  process.env.SQLITE_PATH = sqlitePath;
  process.exitCode = undefined;
  try {
    await action();
    return { out: printed.join(''), code: process.exitCode ?? 0 };
  } finally {
    spy.mockRestore();
    process.env.SQLITE_PATH = previousPath;
    process.exitCode = undefined;
  }
}

describe('the command line', () => {
  let dir: string;
  let ledger: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'omstallning-cli-'));
    ledger = join(dir, 'ledger.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the public dataset once, however often it is run', async () => {
    const first = await run(() => importFiles([], { dataset: true }), ledger);
    expect(first.code).toBe(0);
    const [, lines] = /^(\d+) rader: \1 skrivna, 0 fanns redan, 0 felaktiga/.exec(first.out) ?? [];
    expect(Number(lines)).toBeGreaterThan(150);
    const again = await run(() => importFiles([], { dataset: true }), ledger);
    expect(again.out).toContain(`${lines} rader: 0 skrivna, ${lines} fanns redan`);
  });

  it('verifies the hash chains and rebuilds the read models', async () => {
    const verify = await run(verifyChains, ledger);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^Hashkedjorna är hela: \d+ händelser i \d+ strömmar/);
    const rebuilt = await run(rebuild, ledger);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toMatch(/0 avvisade/);
  });

  it('exports the ledger and restores it into another store, identical event for event', async () => {
    const file = join(dir, 'ledger.ndjson');
    await run(() => exportToFile(file), ledger);
    const copy = join(dir, 'copy.db');
    expect((await run(() => restoreFromFile(file), copy)).out).toMatch(/händelser i \d+ strömmar återställda/);
    const file2 = join(dir, 'copy.ndjson');
    await run(() => exportToFile(file2), copy);
    const strip = (path: string) =>
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const { id, stream, revision, type, data, metadata } = JSON.parse(line);
          return { id, stream, revision, type, data, metadata };
        });
    expect(strip(file2)).toEqual(strip(file));
    expect(strip(file).length).toBeGreaterThan(150);
  });

  it('creates an API key shown once', async () => {
    const created = await run(() => createKey({ name: 'varmland', role: 'recorder', scope: ['lan:17'] }), ledger);
    expect(created.out).toMatch(/^Nyckel varmland \(recorder, lan:17\):\noms_\S{24,}\n$/);
  });

  it('runs as a process: the Värmland trend report to a file, Swedish refusals with a non-zero exit', () => {
    const out = join(dir, 'varmland.md');
    const env = { SQLITE_PATH: ledger };
    const report = cli(['report', '--from', '2019', '--to', '2023', '--scope', 'lan:17', '--format', 'md', '-o', out], env);
    expect(report.err).toBe('');
    expect(report.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('fullt antagen den 16 juni 2022, när den sista av 17 parter antog den');

    const refused = cli(['create-api-key', '--name', 'x', '--role', 'boss'], { ...env, EVENT_STORE: 'postgres' });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^EVENT_STORE: "postgres"/);
  });
});
