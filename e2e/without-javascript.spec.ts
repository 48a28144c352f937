import { expect, test } from './fixtures';
import { createMeeting } from './new-meeting';
import { AccountsPage } from './pages/accounts-page';
import { LoginPage } from './pages/login-page';
import { seedDocumentDirectly } from './seed-document';

// Forms are progressively enhanced: with the browser's scripts off, a form still reaches its
// server action, and the page that comes back says what became of it.

test('with JavaScript off, the secretariat saves a distribution, and a stale save is refused on the page', async ({ page, signInAs, browser }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const documentId = seedDocumentDirectly(meeting.split('/').pop()!, {
    title: 'Reykjavík Declaration on Arctic Science',
    paragraphs: [{ kind: 'operative', text: 'Ministers welcome scientific cooperation in the Arctic.' }],
  });
  const address = `${meeting}/documents/${documentId}`;
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const scriptless = await context.newPage();
  const distribution = () => scriptless.locator('form').filter({ has: scriptless.getByRole('group', { name: 'Who receives this document' }) });

  await scriptless.goto(address);
  await distribution().getByRole('radio', { name: 'General' }).check();
  await distribution().getByRole('button', { name: 'Save the distribution' }).click();
  await expect(distribution()).toContainText('Distribution saved.');
  await scriptless.goto(address);
  await expect(distribution().getByRole('radio', { name: 'General' })).toBeChecked();

  // The page was drawn at this version; someone else saves first, with scripts on.
  await scriptless.reload();
  await page.goto(address);
  const current = page.locator('form').filter({ has: page.getByRole('group', { name: 'Who receives this document' }) });
  await current.getByRole('radio', { name: 'Limited' }).check();
  await current.getByRole('button', { name: 'Save the distribution' }).click();
  await expect(current).toContainText('Distribution saved.');

  await distribution().getByRole('radio', { name: 'General' }).check();
  await distribution().getByRole('button', { name: 'Save the distribution' }).click();
  await expect(scriptless.getByTestId('distribution-conflict')).toContainText('it is now Limited');
  await page.reload();
  await expect(current.getByRole('radio', { name: 'Limited' })).toBeChecked();
  await context.close();
});

// Signing in needs the script; a form the browser submitted itself would have been a GET
// carrying the password in the address, kept in history and in server logs.
test('with JavaScript off, the sign-in page says it needs it and never sends the password in the address', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const scriptless = await context.newPage();
  // Chromium's switch turns scripts off but still parses <noscript> as text, so its message is read from the HTML.
  expect(await (await scriptless.request.get('/login')).text()).toMatch(/<noscript><p[^>]*>Signing in needs JavaScript/);
  await scriptless.goto('/login');
  const submit = scriptless.getByRole('button', { name: 'Sign in' });
  await expect(submit).toBeDisabled();

  await scriptless.getByLabel('Email').fill('officer@example.test');
  await scriptless.getByLabel('Password').fill('a-password-of-theirs');
  // Nothing to wait for when nothing happens: three seconds bound the wait for a navigation.
  const navigation = scriptless.waitForEvent('framenavigated', { timeout: 3_000 }).then(() => 'navigated', () => 'stayed');
  await scriptless.getByLabel('Password').press('Enter');
  expect(await navigation).toBe('stayed');
  await expect(scriptless).toHaveURL(/\/login$/);
  await expect(scriptless.locator('form').filter({ has: scriptless.getByLabel('Password') })).toHaveAttribute('method', 'post');
  await context.close();
});

// The invitation page keeps its token out of every Referer; under no-referrer the browser
// sent its form with `Origin: null`, which was refused as coming from another site.
test('with JavaScript off, an invitee sets a password from the invitation link', async ({ page, signInAs, browser }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const accounts = new AccountsPage(page, meeting);
  await accounts.goto();
  const email = `gthth@${meeting.split('/').pop()}.example`;
  await accounts.create({ name: 'Guðlaugur Þór Þórðarson', email, role: 'staff', delegation: 'Iceland' });
  const link = await accounts.invitationLink().inputValue();
  const password = 'glacier tundra puffin ledger';

  const context = await browser.newContext({ javaScriptEnabled: false });
  const scriptless = await context.newPage();
  await scriptless.goto(new URL(link).pathname);
  await expect(scriptless.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin');
  await AccountsPage.chooseNewPassword(scriptless, password, 'Set the password');
  // The page drawn again finds its link spent, and leads to sign-in.
  await expect(scriptless.getByRole('main')).toContainText('This invitation link is not valid: it has been used');
  await expect(scriptless.getByRole('link', { name: 'Go to sign-in' })).toBeVisible();
  await context.close();

  // The password was set: the invitee signs in with it.
  const signIn = await (await browser.newContext()).newPage();
  const login = new LoginPage(signIn);
  await login.goto();
  await login.signIn(email, password);
  await signIn.waitForURL(meeting);
});
