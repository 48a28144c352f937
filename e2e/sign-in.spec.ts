import type { APIRequestContext } from '@playwright/test';
import { expect, expectAccessible, MEETING, test } from './fixtures';

/** A failed sign-in as `email` with this X-Forwarded-For: the last entry is the client as our proxy reports it. */
async function failSignIn(request: APIRequestContext, email: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { 'x-forwarded-for': forwardedFor },
    form: { csrfToken, email, password: 'not-the-password', json: 'true' },
  });
  expect(((await response.json()) as { url: string }).url).toContain('error=CredentialsSignin');
}

test.describe('signing in and out', () => {
  test('a delegation officer signs in and lands on the meeting overview', async ({ page, loginPage }) => {
    await loginPage.goto();
    await expectAccessible(page);
    await loginPage.signIn('jp.staff@vancouver.test');
    await expect(page).toHaveURL(MEETING);
    await expect(page.getByTestId('viewer-identity')).toHaveText('Japan · staff');
  });

  test('the secretariat is shown as the host secretariat', async ({ page, signInAs }) => {
    await signInAs('secretariat@vancouver.test');
    await expect(page.getByTestId('viewer-identity')).toHaveText('Host secretariat');
  });

  test('empty fields get messages next to the fields', async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.submit().click();
    await expect(page.locator('#email-error')).toHaveText('Enter your e-mail address.');
    await expect(page.locator('#password-error')).toHaveText('Enter your password.');
    await expect(loginPage.email()).toHaveAttribute('aria-invalid', 'true');
    await expect(loginPage.email()).toBeFocused();
    await expectAccessible(page);
  });

  test('a wrong password and an unknown e-mail get one identical message', async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn('kr.staff@vancouver.test', 'not-the-password');
    await expect(loginPage.formError()).toHaveText(/do not match an account/);
    const wrongPassword = await loginPage.formError().textContent();

    await loginPage.signIn('nobody@vancouver.test', 'vancouver-2018');
    await expect(loginPage.formError()).toHaveText(wrongPassword!);
  });

  test('ten failures lock the account for this client for fifteen minutes', async ({ page, loginPage }) => {
    test.slow();
    await loginPage.goto();
    for (let attempt = 1; attempt <= 10; attempt++) {
      await loginPage.signIn('no.staff@vancouver.test', `wrong-${attempt}`);
      await expect(loginPage.formError()).toHaveText(/do not match an account/);
      await loginPage.formError().evaluate((el) => (el.textContent = ''));
    }
    await loginPage.signIn('no.staff@vancouver.test');
    await expect(loginPage.formError()).toHaveText('Too many failed attempts for this account. Try again in 15 minutes.');
    await expect(page).toHaveURL(/\/login/);
  });

  // These two use addresses and accounts of their own (X-Forwarded-For is what the server
  // reads), so that no other test, all from 127.0.0.1, is locked out by them.
  test('twenty failures from rotating addresses lock the account for everyone', async ({ page, loginPage, request }) => {
    test.slow();
    const target = 'rotating-target@vancouver.test';
    for (let i = 0; i < 20; i++) await failSignIn(request, target, `198.51.100.${i}`);
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '192.0.2.20' });
    await loginPage.goto();
    await loginPage.signIn(target);
    await expect(loginPage.formError()).toHaveText(
      'Too many failed attempts for this account from several places: it is locked for everyone for now. Try again in 15 minutes, or ask the host secretariat.',
    );
    await expectAccessible(page);
  });

  test('thirty failures from one address over many accounts stop that address', async ({ page, loginPage, request }) => {
    test.slow();
    const sprayer = '203.0.113.30';
    // The sprayer names a new address of its own each time; the proxy's entry, last, still counts.
    for (let i = 0; i < 30; i++) await failSignIn(request, `sprayed-${i}@vancouver.test`, `198.18.0.${i}, ${sprayer}`);
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': sprayer });
    await loginPage.goto();
    await loginPage.signIn('sprayed-target@vancouver.test');
    await expect(loginPage.formError()).toHaveText('Too many failed sign-ins from your network. Try again in 15 minutes.');
  });

  test('a signed-out visitor of a meeting page signs in and comes back to it', async ({ page, loginPage }) => {
    await page.goto(`${MEETING}/agenda`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await loginPage.signIn('kr.head@vancouver.test');
    await expect(page).toHaveURL(`${MEETING}/agenda`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  });

  test('after signing in, a return address that would leave the site leads to the start page', async ({ page, loginPage, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const callbackUrl of ['/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '//evil.example', '/\\evil.example', '\\\\evil.example', '/..//evil.example', 'https://evil.example/']) {
      await loginPage.goto(callbackUrl);
      await loginPage.signIn('nz.staff@vancouver.test');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      expect(new URL(page.url()).origin, JSON.stringify(callbackUrl)).toBe(origin);
      await expect(page).toHaveURL(MEETING);
      await page.context().clearCookies();
    }
  });

  test('signing out ends the session', async ({ page, signInAs }) => {
    await signInAs('gb.staff@vancouver.test');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(MEETING);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });

  test('the health check answers', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
