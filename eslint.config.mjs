import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // A module that reaches itself through its imports cannot be read, tested or moved
      // alone: shared types get their own module instead (db/viewer.ts, paragraph-data.ts).
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    ignores: ['.next/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // Playwright fixtures take a `use` callback that is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // DESIGN.md: pages, actions, route handlers and components reach the database only
    // through db/queries and db/mutations, never the client, the schema or the driver.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['better-sqlite3'],
          patterns: [
            { group: ['@/db/client', '@/db/schema', '**/db/client', '**/db/schema'], message: 'Use db/queries or db/mutations.' },
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Use db/queries or db/mutations.' },
          ],
        },
      ],
    },
  },
];

export default config;
