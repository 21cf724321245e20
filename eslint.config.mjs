// The lint: Next's rules (React, hooks, a11y, core web vitals) with typescript-eslint's
// recommended set, and the import boundaries of the house (docs/decisions/0007-module-boundaries.md).
// `npm run lint` runs it; `npm test` runs it after the type check.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Only the domain layer (and the tools around it) touch the database: by alias, by relative path or by package. */
const database = {
  group: [
    '@/lib/db',
    '**/lib/db',
    '@/generated/prisma',
    '@/generated/prisma/*',
    '**/generated/prisma/*',
    '@prisma/client',
    '@prisma/client/*',
    '@prisma/adapter-pg',
  ],
  message:
    'Only src/lib, prisma/, scripts/ and tests/ touch the database: call a use case in src/lib (it returns plain objects). Role and other enum types are re-exported by src/lib (e.g. `Role` from @/lib/auth/actor).',
};
/** The action adapter (and its page twin) wrap use cases; a use case never knows about them, by alias or by relative path. */
const actionAdapter = {
  regex: '^(@/lib/|(\\.\\./)+)(action|page)$',
  message:
    'A domain module never imports the action adapter (@/lib/action) or the page adapter (@/lib/page): it throws AppError (parseInput / fieldErrorsOf from @/lib/validation give field errors).',
};
/** The raw PostgreSQL driver is the database too (e2e/ reads the test database with it, as tests/ do). */
const rawDriver = { name: 'pg', message: database.message };
/** Tests reach src/ by the alias, as src/ does, and their helpers in tests/support by relative path. */
const srcByRelativePath = {
  regex: '^(\\.\\./)+src/',
  message: "Tests import src/ through the '@/' alias (e.g. '@/lib/errors'); relative paths are for tests/support.",
};
/** Components are reused by pages, never the other way round. */
const appFromComponent = {
  group: ['@/app', '@/app/*', '**/app/*'],
  message: 'Components must not import from src/app: move the shared piece into src/components or src/lib.',
};

/** Server translators and formatters come from src/i18n/server.ts, which keeps what they build for the life of the process. */
const requestIntl = {
  name: 'next-intl/server',
  importNames: ['getTranslations', 'getFormatter', 'getLocale'],
  message:
    "Import getTranslations, getFormatter and getLocale from '@/i18n/server': it keeps compiled messages and Intl formatters per process, next-intl's per request.",
};

/** Links go through src/components/ui/link.tsx, which does not prefetch: a prefetch renders the whole linked page. */
const nextLink = {
  name: 'next/link',
  importNames: ['default'],
  message: "Import Link from '@/components/ui/link': next/link prefetches, and a prefetch renders the whole linked page.",
};

const restrict = (...patterns) => ['error', { patterns }];
const restrictWithPaths = (paths, ...patterns) => ['error', { paths, patterns }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', '.data/**', 'node_modules/**', 'src/generated/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**']),
  {
    rules: {
      // The house names unused parameters and rest siblings with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      // `import type` keeps server types out of client bundles and says what crosses the line.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
    },
  },
  // The database and the generated types: everywhere but src/lib, prisma/, scripts/ and tests/
  // (and the worker's entry point, a process like scripts/ that closes the pool when it stops).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/**', 'src/worker.ts', 'src/i18n/server.ts'],
    rules: { 'no-restricted-imports': restrictWithPaths([rawDriver, requestIntl, nextLink], database) },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(database) },
  },
  // Domain modules under src/lib: never the action adapter (src/lib/action.ts itself and its page twin are the adapters).
  {
    files: ['src/lib/*/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictWithPaths([requestIntl, nextLink], actionAdapter) },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictWithPaths([rawDriver, requestIntl, nextLink], database, appFromComponent) },
  },
  // reset-and-seed.ts runs under tsx beside prisma/seed.ts, which imports relatively like every file of prisma/.
  {
    files: ['tests/**/*.ts'],
    ignores: ['tests/support/reset-and-seed.ts'],
    rules: { 'no-restricted-imports': restrict(srcByRelativePath) },
  },
  // Tests and scripts are node programs, not React: the hooks rules misread Playwright's `use` fixture.
  {
    files: ['e2e/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs}', 'prisma/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
