// Bundles the compiled service (tsc's output, decorator metadata included):
// `node scripts/bundle-service.mjs <dir>` reads <dir>/main.js and writes
// <dir>/service.js, which `npm start` runs. Loading the service module by
// module read and linked about 2,100 files (NestJS, Swagger's es-toolkit,
// class-validator with validator and libphonenumber, rxjs): about 0.9 s of
// every start, against about 0.45 s for the bundle.
// A module the service imports only when asked (the EventStoreDB adapter)
// goes into a chunk of its own beside service.js, with the code it shares
// with the rest in another: in the one file, its packages were imported at
// every start, since an ES module's imports are all loaded before its first
// line runs, and the gRPC client took about 0.1 s of each start on SQLite.
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { withClassNamesOnly } from './class-names-only.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
const CHUNK = /^service-[A-Z0-9]+\.js$/;

// A chunk's name changes with its content: those of an earlier build would stay beside the new ones.
for (const name of await readdir(dir)) if (CHUNK.test(name)) await rm(join(dir, name));

// Our modules find their files (the reader thread, reference data, assets)
// from their own URL, which in the bundle would be the bundle's or a chunk's:
// each is given back its place in <dir>, where the build copies those files.
// Chunks are written to <dir> itself, beside service.js, so the place is the same from either.
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(dir + '/')) return undefined;
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = JSON.stringify(relative(dir, path));
      return { contents: text.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`), loader: 'js' };
    });
  },
};

const { outputFiles } = await build({
  entryPoints: { service: join(dir, 'main.js') },
  outdir: dir,
  splitting: true,
  chunkNames: 'service-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Nest names providers and log contexts by class name.
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  external: [
    // A native addon, loaded from its package.
    'better-sqlite3',
    // Loaded on first use, not at start: charts, and the gRPC client of the EventStoreDB adapter's chunk.
    'vega',
    'vega-lite',
    '@eventstore/db-client',
    // Finds its worker files next to its own.
    'pino',
    // Nest's optional packages, which this service does not install: imported in a try, as unbundled.
    '@nestjs/microservices',
    '@nestjs/platform-express',
    '@nestjs/websockets',
    '@fastify/multipart',
    '@fastify/view',
  ],
  // CommonJS packages in an ES module bundle call require for Node's own modules.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  plugins: [ownModuleUrls],
  // Written below, once keepNames' helper is replaced (see class-names-only.mjs).
  write: false,
});

let replaced = 0;
for (const file of outputFiles) {
  const patched = withClassNamesOnly(file.text);
  replaced += patched.replaced;
  await writeFile(file.path, patched.code);
}
if (replaced === 0) throw new Error("esbuild's __name helper was not found in the bundle: class-names-only.mjs no longer matches what esbuild writes");
