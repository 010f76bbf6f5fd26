// Bundles the compiled service (tsc's output, decorator metadata included)
// into one file: `node scripts/bundle-service.mjs <dir>` reads <dir>/main.js
// and writes <dir>/service.js, which `npm start` runs. Loading the service
// module by module read and linked about 2,100 files (NestJS, Swagger's
// es-toolkit, class-validator with validator and libphonenumber, rxjs): about
// 0.9 s of every start, against about 0.45 s for the bundle.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist');
const outfile = join(dir, 'service.js');

// Our modules find their files (the reader thread, reference data, assets)
// from their own URL, which in the bundle would be the bundle's: each is given
// back its place in <dir>, where the build copies those files.
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(dir + '/')) return undefined;
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = JSON.stringify(relative(dirname(outfile), path));
      return { contents: text.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`), loader: 'js' };
    });
  },
};

await build({
  entryPoints: [join(dir, 'main.js')],
  outfile,
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
    // Loaded on first use, not at start: charts and the EventStoreDB adapter.
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
});
