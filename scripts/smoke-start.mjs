// The README's first command, after a build: starts the built service as
// `npm start` runs it (dist/service.js, the bundle), on an empty ledger in a
// temporary directory, and checks that it loads the public dataset and answers
// its pages and the API. The tests run the service from its TypeScript
// sources; this is what shows the bundle works. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT_MS = 90_000;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'omstallning-smoke-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// --ignore-scripts: the start script alone, without its build (done already).
const child = spawn('npm', ['start', '--ignore-scripts', '--silent'], {
  env: { ...process.env, PORT: String(port), SQLITE_PATH: join(dir, 'omstallning.db'), NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'pipe'],
  detached: true,
});
let stderr = '';
child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
const exited = new Promise((resolve) => child.once('exit', resolve));

async function get(path) {
  const response = await fetch(base + path);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

async function timelineOnceLoaded() {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${stderr}`);
    try {
      const answer = await get('/timeline?lan=17');
      if (answer.status === 200) {
        const { items } = JSON.parse(answer.body);
        if (items.length > 0) return { ms: Date.now() - started, items: items.length };
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`no timeline for Värmland within ${TIMEOUT_MS} ms: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const expected = [
  ['/', 'text/html'],
  ['/lan/17', 'text/html'],
  ['/audit', 'text/html'],
  ['/docs', 'text/html'],
  ['/docs/json', 'application/json'],
  ['/health', 'application/json'],
  ['/indicators/lan-med-malbild/yoy?year=2022', 'application/json'],
  ['/reports/trend?from=2015&to=2024&scope=national&format=html', 'text/html'],
  ['/metrics', 'text/plain'],
];

let failed = false;
try {
  const loaded = await timelineOnceLoaded();
  console.log(`smoke: /timeline?lan=17 answered ${loaded.items} items ${loaded.ms} ms after the start`);
  for (const [path, type] of expected) {
    const answer = await get(path);
    const ok = answer.status === 200 && answer.type.startsWith(type);
    console.log(`smoke: ${path} ${answer.status} ${answer.type} ${answer.body.length} chars${ok ? '' : '  <-- expected 200 ' + type}`);
    failed ||= !ok;
  }
} catch (error) {
  console.error(`smoke: ${error.message}`);
  failed = true;
} finally {
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
