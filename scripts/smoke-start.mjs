// The README's first command, after a build: starts the built service as
// `npm start` runs it (dist/service.js, the bundle), on an empty ledger in a
// temporary directory, and checks that it loads the public dataset and answers
// its pages and the API. The tests run the service from its TypeScript
// sources; this is what shows the bundle works. Then starts it once more on
// EventStoreDB, at an address where none answers: the adapter is a chunk of
// the bundle loaded only then, and the health check shows it was. Exits
// non-zero on any failure.
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

/** The start script alone (--ignore-scripts: without its build, done already), with this environment. */
function start(env) {
  const child = spawn('npm', ['start', '--ignore-scripts', '--silent'], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const service = { child, stderr: '', exited: new Promise((resolve) => child.once('exit', resolve)) };
  child.stderr.on('data', (chunk) => (service.stderr = (service.stderr + chunk).slice(-4000)));
  return service;
}

async function stop(service) {
  if (service.child.exitCode === null) process.kill(-service.child.pid, 'SIGTERM');
  await service.exited;
}

async function get(path) {
  const response = await fetch(base + path);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** The first answer of `path` that `accept` takes, with the time it took. */
async function awaitAnswer(service, path, accept, what) {
  const started = Date.now();
  for (;;) {
    if (service.child.exitCode !== null) throw new Error(`the service exited with ${service.child.exitCode}: ${service.stderr}`);
    try {
      const answer = await get(path);
      if (accept(answer)) return { ms: Date.now() - started, answer };
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`${what} not within ${TIMEOUT_MS} ms: ${service.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const itemsOf = (answer) => (answer.status === 200 ? JSON.parse(answer.body).items.length : 0);

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

/** Starts the service with `env`, runs `check` on it, and stops it: whether the check passed (a check that throws did not). */
async function withService(env, check) {
  const service = start(env);
  try {
    return await check(service);
  } catch (error) {
    console.error(`smoke: ${error.message}`);
    return false;
  } finally {
    await stop(service);
  }
}

const onSqlite = await withService({ SQLITE_PATH: join(dir, 'omstallning.db') }, async (sqlite) => {
  const loaded = await awaitAnswer(sqlite, '/timeline?lan=17', (answer) => itemsOf(answer) > 0, 'a timeline for Värmland');
  console.log(`smoke: /timeline?lan=17 answered ${itemsOf(loaded.answer)} items ${loaded.ms} ms after the start`);
  let allOk = true;
  for (const [path, type] of expected) {
    const answer = await get(path);
    const ok = answer.status === 200 && answer.type.startsWith(type);
    console.log(`smoke: ${path} ${answer.status} ${answer.type} ${answer.body.length} chars${ok ? '' : '  <-- expected 200 ' + type}`);
    allOk &&= ok;
  }
  return allOk;
});
rmSync(dir, { recursive: true, force: true });

// With the public dataset to load, as a first start has: its loader waits for the store without stopping the start.
const unreachableStore = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: `esdb://127.0.0.1:${await freePort()}?tls=false` };
const onUnreachableStore = await withService(unreachableStore, async (esdb) => {
  const unreachable = (answer) => answer.status === 503 && JSON.parse(answer.body).store?.kind === 'eventstoredb';
  const health = await awaitAnswer(esdb, '/health', unreachable, 'a health check on EventStoreDB');
  const { store } = JSON.parse(health.answer.body);
  const ok = store.reachable === false && /UNAVAILABLE/.test(store.error ?? '');
  console.log(`smoke: on EventStoreDB with no server, /health ${health.answer.status} ${JSON.stringify(store)}${ok ? '' : '  <-- expected unreachable, from the gRPC client'}`);
  return ok;
});
process.exit(onSqlite && onUnreachableStore ? 0 : 1);
