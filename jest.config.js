/**
 * Jest in native ESM mode: NestJS 12 ships as ES modules only. A few ESM-only
 * packages are still require()d by CommonJS ones (light-my-request requires
 * cookie, @fastify/static requires content-disposition); Node 20's jest runtime
 * cannot require ESM, so those are compiled to CommonJS on the way in.
 */
const esmRequiredFromCjs = ['cookie', 'content-disposition'];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    [`node_modules/(${esmRequiredFromCjs.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node', esModuleInterop: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmRequiredFromCjs.join('|')})/)`],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/bench/'],
  testTimeout: 60000,
  // Every test name is printed, so a run shows which store adapters the contract suite ran against.
  verbose: true,
};
