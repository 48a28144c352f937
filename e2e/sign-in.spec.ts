import { expect, expectAccessible, MEETING, test } from './fixtures';

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

  test('a signed-out visitor of a meeting page signs in and comes back to it', async ({ page, loginPage }) => {
    await page.goto(`${MEETING}/agenda`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await loginPage.signIn('kr.head@vancouver.test');
    await expect(page).toHaveURL(`${MEETING}/agenda`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
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
