import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

/**
 * The layers, lowest first: lib/domain (pure rules and values: brackets, precedence, zoned
 * time, word diff, the enumerations), lib/platform (what the process provides: settings,
 * password hashing, the event bus, mail settings), db (queries and mutations, which take the
 * viewer), lib/server (sign-in, the viewer, the action wrapper, guards, renderers), then
 * app and components. A module imports only from the layers below its own.
 */
const LAYERS = {
  domain: { files: ['lib/domain/**'], below: ['lib/platform', 'db', 'lib/server', 'app', 'components'] },
  platform: { files: ['lib/platform/**'], below: ['db', 'lib/server', 'app', 'components'] },
  db: { files: ['db/**'], below: ['lib/server', 'app', 'components'] },
  server: { files: ['lib/server/**'], below: ['app', 'components'] },
};
/**
 * The addresses of a higher layer. A sibling under lib/ is also reached as ../server or ../../server.
 * @param {string} layer
 */
const addressesOf = (layer) => [`@/${layer}`, `@/${layer}/**`, `**/${layer}/**`, ...(layer.startsWith('lib/') ? [`../${layer.slice(4)}/**`, `../../${layer.slice(4)}/**`] : [])];
/** Domain code is pure: no server-only module, no framework, no Node. */
const PURE = {
  paths: ['server-only', 'next', 'react'],
  patterns: [{ group: ['next/*', 'next-auth', 'next-auth/*', 'node:*'], message: 'Domain code is pure: put what needs the server in lib/platform or lib/server.' }],
};
const layerRules = Object.entries(LAYERS).map(([name, { files, below }]) => {
  const higher = below.map((layer) => ({
    group: addressesOf(layer),
    message: `${name} sits below ${layer}: move what both need down a layer (eslint.config.mjs, LAYERS).`,
  }));
  const restricted = name === 'domain' ? { paths: PURE.paths, patterns: [...higher, ...PURE.patterns] } : { patterns: higher };
  return { files, rules: { 'no-restricted-imports': ['error', restricted] } };
});

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
    ignores: ['**/.next/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // Playwright fixtures take a `use` callback that is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  ...layerRules,
  {
    // DESIGN.md: pages, actions, route handlers and components reach the database only
    // through db/queries and db/mutations, never the client, the schema or the driver; and
    // they translate with one hook of our own (components/shell/use-translations.ts).
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'better-sqlite3',
            {
              name: 'next-intl',
              importNames: ['useTranslations'],
              message: 'Use components/shell/use-translations: one translator per language, from the catalogue of the reader only.',
            },
          ],
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
