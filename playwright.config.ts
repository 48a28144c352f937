import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = process.env.E2E_PORT ?? '3100';
const baseURL = `http://localhost:${PORT}`;

// The suite runs against `next build` + `next start` (through `npm start`'s script) on a
// throwaway database, never on the dev server or the developer's own data.
// Set once in the runner; the worker processes inherit it, so tests can read the same file.
process.env.E2E_DATABASE_PATH ??= path.join(mkdtempSync(path.join(tmpdir(), 'vg-e2e-')), 'e2e.db');
const databasePath = process.env.E2E_DATABASE_PATH;

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  // Live updates and page loads on a busy two-core machine take seconds, not milliseconds.
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  projects: [
    { name: 'parallel', testIgnore: /\.meeting-wide\.spec\.ts$/ },
    // Specs that change settings every page shows (the order of precedence, the seating
    // plan, the list of delegations) run after all the others, one test at a time, so
    // that no other spec reads the meeting half-way through a change.
    { name: 'meeting-wide', testMatch: /\.meeting-wide\.spec\.ts$/, dependencies: ['parallel'], fullyParallel: false },
  ],
  use: {
    baseURL,
    // A locator that never appears fails within the minute, naming itself, not at the test's end.
    actionTimeout: 45_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT,
      DATABASE_PATH: databasePath,
      NEXTAUTH_URL: baseURL,
      SEED_DEMO: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      // Parallel tests export as the same demo accounts many times a minute; the limit
      // itself is tested on a server of its own (e2e/export-limit.spec.ts).
      EXPORT_LIMIT_PER_MINUTE: '1000',
    },
  },
});
