import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STRONG_PASSWORD } from './command-line';
import { expect, expectAccessible, test, watchForPolicyViolations } from './fixtures';
import { freePort, startServer, stop, waitUntilServing, type Server } from './own-server';
import { LoginPage } from './pages/login-page';
import { SetupPage } from './pages/setup-page';

// A host ministry's own meeting, from an empty install without the demo (SEED_DEMO=0), on
// a server of its own: nothing here may depend on the demo's data. Only the interface is used.

test('from an empty install to a meeting of its own: /setup with the printed code, then sign-in', async ({ browser }) => {
  test.setTimeout(240_000);
  const port = process.env.E2E_OWN_PORT ? Number(process.env.E2E_OWN_PORT) : await freePort();
  const baseURL = `http://localhost:${port}`;
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'vg-own-meeting-')), 'own.db');
  const server: Server = startServer(port, databasePath, { SEED_DEMO: '0' });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const violations = watchForPolicyViolations(page);
  try {
    await waitUntilServing(server, baseURL);
    // The code is printed where `npm start` runs, and nowhere else.
    await expect.poll(() => server.output.join('')).toMatch(/Setup code: \S+/);
    const code = /Setup code: (\S+)/.exec(server.output.join(''))![1];

    const setup = new SetupPage(page);
    await setup.goto();
    await expect(page.getByRole('heading', { name: 'Set up the first account' })).toBeVisible();
    await expect(page.getByText(/printed in the console where the server was started with npm start/)).toBeVisible();
    await expectAccessible(page);
    const account = { code: 'ABCD-EFGH-JKLM', name: 'Chloé Tremblay', email: 'c.tremblay@international.example', password: STRONG_PASSWORD };
    await setup.createFirstAccount(account);
    await expect(page.getByText("That is not the setup code printed at the server's start.")).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue(account.name);
    await setup.createFirstAccount({ ...account, code });
    await expect(page.getByText('The account is created. Sign in with it.')).toBeVisible();
    // One time only: the page is gone once an account exists.
    expect((await page.request.get('/setup')).status()).toBe(404);

    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await new LoginPage(page).signIn(account.email, account.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await expect(page.getByRole('heading', { name: 'Your meetings' })).toBeVisible();
    expect(violations).toEqual([]);
  } finally {
    await context.close();
    await stop(server, 'SIGTERM');
  }
});

test('with an account in the database (the demo), /setup answers 404', async ({ request }) => {
  expect((await request.get('/setup')).status()).toBe(404);
});
