import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Domain code is pure: no framework, no store client, no database driver. */
const domainIsPure = {
  patterns: [
    { group: ['@nestjs/*'], message: 'Domänkod får inte bero på NestJS.' },
    { group: ['@eventstore/*'], message: 'Domänkod får inte bero på EventStoreDB-klienten.' },
    { group: ['better-sqlite3'], message: 'Domänkod får inte bero på SQLite.' },
    { group: ['fastify', '@fastify/*'], message: 'Domänkod får inte bero på HTTP-ramverket.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', domainIsPure] },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'src/**/*.int-spec.ts', '**/*.js', '**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    // Plain JavaScript runs on Node (module hooks, configs) or, under src/web/assets, in the browser.
    files: ['**/*.mjs', '*.js', 'test/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', fetch: 'readonly', setTimeout: 'readonly' } },
  },
);
