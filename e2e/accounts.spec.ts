import { expect, expectAccessible, MEETING, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';
import { LoginPage } from './pages/login-page';
import { createMeeting } from './new-meeting';
import { seedAccountsDirectly } from './seed-lists';

const STRONG = 'harbour lantern quietly orbit';

test.describe('accounts', () => {
  test('the invitation flow: the secretariat issues a link, the invitee sets a password and signs in; the link works once', async ({ page, browser, signInAs }) => {
    const accounts = new AccountsPage(page);
    await signInAs('secretariat@vancouver.test');
    await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Accounts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
    await expectAccessible(page);
    await accounts.create({ name: 'Mateo Restrepo Vélez', email: 'mateo.restrepo@cancilleria.example', role: 'staff', delegation: 'Colombia' });
    await expect(page.getByTestId('form-message').first()).toHaveText('Invitation link issued. Copy it below.');
    const link = await accounts.invitationLink().inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]{40,}$/);
    await expect(accounts.row('mateo.restrepo@cancilleria.example')).toContainText('Invited');

    const invitee = await browser.newContext();
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(new URL(link).pathname);
    await expect(inviteePage.getByText('Welcome, Mateo Restrepo Vélez.')).toBeVisible();
    await expectAccessible(inviteePage);
    await AccountsPage.chooseNewPassword(inviteePage, 'password1234', 'Set the password');
    await expect(inviteePage.locator('#password-error')).toHaveText(/too close to a commonly used password|commonly used|most used/);
    await AccountsPage.chooseNewPassword(inviteePage, STRONG, 'Set the password');
    await expect(inviteePage.getByText('Your password is set. You can sign in now.')).toBeVisible();
    await inviteePage.getByRole('link', { name: 'Go to sign-in' }).click();
    await new LoginPage(inviteePage).signIn('mateo.restrepo@cancilleria.example', STRONG);
    await expect(inviteePage).toHaveURL(MEETING);
    await expect(inviteePage.getByTestId('viewer-identity')).toHaveText('Colombia · staff');

    // Used once, the link is spent.
    await inviteePage.goto(new URL(link).pathname);
    await expect(inviteePage.getByText('This invitation link is not valid')).toBeVisible();
    await invitee.close();
    await accounts.goto();
    await expect(accounts.row('mateo.restrepo@cancilleria.example')).toContainText('Active');
  });

  test('a disabled account is signed out on its next request, and its open event stream closes', async ({ page, browser, signInAs, baseURL }) => {
    const officer = await browser.newContext();
    const officerPage = await officer.newPage();
    await new LoginPage(officerPage).goto();
    await new LoginPage(officerPage).signIn('dk.staff@vancouver.test');
    await expect(officerPage).toHaveURL(MEETING);
    // The meeting's live stream, opened while the account may still read.
    const cookie = (await officer.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
    const stream = await fetch(`${baseURL}${MEETING}/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    const streamEnded = (async () => {
      while (!(await reader.read()).done);
      return 'ended';
    })();

    const accounts = new AccountsPage(page);
    await signInAs('secretariat@vancouver.test');
    await accounts.goto();
    await accounts.row('dk.staff@vancouver.test').getByRole('button', { name: 'Disable' }).click();
    // Disabling signs the person out everywhere: it asks first, naming whom.
    const question = page.getByRole('dialog');
    await expect(question.getByRole('heading')).toHaveText(/^Disable the account of .+ \(dk\.staff@vancouver\.test\)\?$/);
    await question.getByRole('button', { name: 'Disable the account' }).click();
    await expect(accounts.row('dk.staff@vancouver.test')).toContainText('Disabled');
    const stillOpen = new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000));
    expect(await Promise.race([streamEnded, stillOpen])).toBe('ended');

    await officerPage.goto(`${MEETING}/delegations`);
    await expect(officerPage).toHaveURL(/\/login\?callbackUrl=/);
    await new LoginPage(officerPage).signIn('dk.staff@vancouver.test');
    await expect(new LoginPage(officerPage).formError()).toHaveText(/do not match an account/);

    await accounts.row('dk.staff@vancouver.test').getByRole('button', { name: 'Enable' }).click();
    await expect(accounts.row('dk.staff@vancouver.test')).toContainText('Active');
    await new LoginPage(officerPage).signIn('dk.staff@vancouver.test');
    await expect(officerPage).toHaveURL(MEETING);
    await officer.close();
  });

  test('a person changes their password with the current one and signs out of every session', async ({ page, browser, signInAs }) => {
    const accounts = new AccountsPage(page);
    await signInAs('secretariat@vancouver.test');
    await accounts.goto();
    await accounts.create({ name: 'Pimchanok Srisuk', email: 'pimchanok@mfa.go.th.example', role: 'staff', delegation: 'Thailand', password: 'teak monsoon ledger 1968' });
    await expect(page.getByTestId('form-message').first()).toHaveText('Account created. It can sign in now.');

    const elsewhere = await browser.newContext();
    const elsewherePage = await elsewhere.newPage();
    await new LoginPage(elsewherePage).goto();
    await new LoginPage(elsewherePage).signIn('pimchanok@mfa.go.th.example', 'teak monsoon ledger 1968');
    await expect(elsewherePage).toHaveURL(MEETING);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await new LoginPage(page).signIn('pimchanok@mfa.go.th.example', 'teak monsoon ledger 1968');
    await page.waitForURL(MEETING);
    await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Your account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Current password').fill('not my password');
    await AccountsPage.chooseNewPassword(page, STRONG, 'Change the password');
    await expect(page.locator('#currentPassword-error')).toHaveText('This is not your current password.');
    await page.getByLabel('Current password').fill('teak monsoon ledger 1968');
    await AccountsPage.chooseNewPassword(page, 'qwertyuiopasdfgh', 'Change the password');
    await expect(page.locator('#newPassword-error')).not.toBeEmpty();
    await page.getByLabel('Current password').fill('teak monsoon ledger 1968');
    await AccountsPage.chooseNewPassword(page, STRONG, 'Change the password');
    await expect(page.getByTestId('form-message').first()).toHaveText('Password changed. Every other session has ended.');
    // The new password ends the session elsewhere, which knew the old one; this one goes on.
    await elsewherePage.goto(`${MEETING}/agenda`);
    await expect(elsewherePage).toHaveURL(/\/login\?callbackUrl=/);
    await page.goto(`${MEETING}/agenda`);
    await expect(page.getByTestId('viewer-identity')).toHaveText('Thailand · staff');
    await new LoginPage(elsewherePage).signIn('pimchanok@mfa.go.th.example', STRONG);
    await expect(elsewherePage.getByTestId('viewer-identity')).toHaveText('Thailand · staff');

    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out of every session' }).click();
    await expect(page).toHaveURL(/\/login/);
    await elsewherePage.goto(`${MEETING}/agenda`);
    await expect(elsewherePage).toHaveURL(/\/login\?callbackUrl=/);
    await elsewhere.close();
  });

  test('accounts are the secretariat’s alone: others get 404 and no link', async ({ page, signInAs }) => {
    await signInAs('jp.head@vancouver.test');
    await expect(page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Accounts' })).toHaveCount(0);
    const response = await page.goto(`${MEETING}/accounts`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});

test('a meeting of many accounts lists them a hundred to a page, and finds one by name, e-mail or delegation', async ({ page, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const number = (n: number) => String(n).padStart(3, '0');
  seedAccountsDirectly(
    meeting.split('/').pop()!,
    [
      ...Array.from({ length: 130 }, (_, n) => ({
        delegation: n < 70 ? 'is' : 'no',
        name: `Officer ${number(n + 1)}`,
        email: `officer${number(n + 1)}@${n < 70 ? 'utn.is' : 'mfa.no'}.example`,
      })),
      { delegation: 'is', name: 'Þórdís Kolbrún Reykfjörð Gylfadóttir', email: 'tkrg@utn.is.example' },
    ],
  );
  const accounts = new AccountsPage(page, meeting);
  const count = page.getByTestId('accounts-count');
  const pager = page.getByRole('navigation', { name: 'Pages of accounts' });
  await accounts.goto();
  await expect(count).toContainText('Showing 1–100.');
  const total = Number((await count.innerText()).match(/^(\d+) accounts\./)![1]);
  expect(total).toBeGreaterThanOrEqual(131);
  await expect(page.getByRole('table', { name: 'Accounts of the meeting' }).getByRole('row')).toHaveCount(101);
  await expectAccessible(page);
  await pager.getByRole('link', { name: 'Next accounts' }).click();
  await expect(count).toContainText(`${total} accounts. Showing 101–${total}.`);
  await expect(accounts.row('officer130@mfa.no.example')).toContainText('Invited');
  await expect(pager.getByRole('link', { name: 'Next accounts' })).toHaveCount(0);
  await expect(pager.getByRole('link', { name: 'Previous 100 accounts' })).toBeVisible();

  const finder = page.getByRole('search', { name: 'Find an account' });
  await finder.getByLabel('Name, e-mail or delegation').fill('officer117');
  await finder.getByRole('button', { name: 'Find' }).click();
  await expect(count).toContainText('1 account matches “officer117”.');
  await expect(accounts.row('officer117@mfa.no.example')).toContainText('Norway');
  await finder.getByLabel('Name, e-mail or delegation').fill('iceland');
  await finder.getByRole('button', { name: 'Find' }).click();
  await expect(count).toContainText('71 accounts match “iceland”.');
  // Typed without its accents and special letters, a name is still found.
  await finder.getByLabel('Name, e-mail or delegation').fill('thordis kolbrun');
  await finder.getByRole('button', { name: 'Find' }).click();
  await expect(count).toContainText('1 account matches “thordis kolbrun”.');
  await expect(accounts.row('tkrg@utn.is.example')).toContainText('Þórdís Kolbrún Reykfjörð Gylfadóttir');
  // A wildcard typed is a character like any other.
  await finder.getByLabel('Name, e-mail or delegation').fill('officer_1');
  await finder.getByRole('button', { name: 'Find' }).click();
  await expect(count).toContainText('No account matches “officer_1”.');
  await count.getByRole('link', { name: 'Show every account' }).click();
  await expect(count).toContainText(`${total} accounts. Showing 1–100.`);
});
