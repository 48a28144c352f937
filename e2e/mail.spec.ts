import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mailsTo, startSmtpSink, type SmtpSink } from '../test/smtp-sink';
import { expect, expectAccessible, test } from './fixtures';
import { ACCOUNT_PASSWORD, createMeeting } from './new-meeting';
import { freePort, startServer, stop, waitUntilServing, type Server } from './own-server';
import { AccountsPage } from './pages/accounts-page';
import { LoginPage } from './pages/login-page';
import { PositionsPages } from './pages/positions-pages';

// A server of its own, configured with an SMTP relay: a real SMTP server this test starts
// (and stops) on a local port, so the app's mail travels as it would to a real relay.
test('an invitation waits in the outbox while the relay is down, arrives once it is back, and its link signs the invitee up; a forgotten password is reset by mail; a circulated statement is mailed as the reader chose', async ({ browser }) => {
  test.setTimeout(240_000);
  const [port, smtpPort] = [await freePort(), await freePort()];
  const baseURL = `http://localhost:${port}`;
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'vg-mail-')), 'mail.db');
  const server: Server = startServer(port, databasePath, {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Reykjavík Secretariat <secretariat@mfa.example>',
    MAIL_RETRY_BASE_MS: '1000',
    MAIL_POLL_MS: '500',
  });
  let sink: SmtpSink | undefined;
  const context = await browser.newContext({ baseURL });
  try {
    await waitUntilServing(server, baseURL);
    const page = await context.newPage();
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn('secretariat@vancouver.test');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const meeting = await createMeeting(page);

    const accounts = new AccountsPage(page, meeting);
    await accounts.goto();
    await expect(page.getByText('Invitation links go by mail from Reykjavík Secretariat <secretariat@mfa.example>')).toBeVisible();
    const email = `kari.nordmann.${port}@regjeringen.example`;
    await accounts.create({ name: 'Kari Nordmann', email, role: 'staff', delegation: 'Norway' });
    await expect(page.getByTestId('form-message').first()).toHaveText('Invitation mailed. The link is also below, once.');

    // The relay is down: the mail waits, with what went wrong, and is tried again.
    const outbox = page.getByRole('region', { name: 'Mail' });
    const mailRow = outbox.getByRole('row').filter({ hasText: email });
    await expect(async () => {
      await accounts.goto();
      await expect(mailRow).toContainText('Waiting');
      await expect(mailRow).toContainText(/failed attempts?; next at/);
      await expect(mailRow).toContainText('ECONNREFUSED');
    }).toPass({ timeout: 30_000 });
    await expectAccessible(page);

    sink = await startSmtpSink(smtpPort);
    const mail = await sink.waitFor(email, 'Your account for Reykjavík Ministerial Meeting');
    await expect(async () => {
      await accounts.goto();
      await expect(mailRow).toContainText('Sent');
    }).toPass({ timeout: 30_000 });
    expect(mail.text).toContain('Dear Kari Nordmann,');
    const link = /https?:\/\/\S+\/invitations\/[\w-]+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    expect(mail.html).toContain(`href="${link}"`);

    const invitee = await browser.newContext({ baseURL });
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(new URL(link!).pathname);
    await expect(inviteePage.getByText('Welcome, Kari Nordmann.')).toBeVisible();
    await AccountsPage.chooseNewPassword(inviteePage, ACCOUNT_PASSWORD, 'Set the password');
    await expect(inviteePage.getByText('Your password is set. You can sign in now.')).toBeVisible();
    await inviteePage.getByRole('link', { name: 'Go to sign-in' }).click();
    await new LoginPage(inviteePage).signIn(email, ACCOUNT_PASSWORD);
    await expect(inviteePage).toHaveURL(meeting);
    await invitee.close();

    // The retries that ran while the relay was down sent nothing; the one that got through, once.
    await page.waitForTimeout(3000);
    expect(mailsTo(sink, email)).toHaveLength(1);

    // Forgot the password: a link by mail, and the same answer for an address with no account.
    const forgetful = await browser.newContext({ baseURL });
    const forgetfulPage = await forgetful.newPage();
    await new LoginPage(forgetfulPage).goto();
    await forgetfulPage.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(forgetfulPage.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    await expectAccessible(forgetfulPage);
    await forgetfulPage.getByRole('button', { name: 'Mail me a link' }).click();
    await expect(forgetfulPage.locator('#email-error')).toHaveText('This field is required.');
    const sent = 'If an account has this address, a link to choose a new password is on its way.';
    await forgetfulPage.getByLabel('E-mail').fill(`nobody.${port}@nowhere.example`);
    await forgetfulPage.getByRole('button', { name: 'Mail me a link' }).click();
    await expect(forgetfulPage.getByTestId('form-message').first()).toContainText(sent);
    await forgetfulPage.getByLabel('E-mail').fill(email);
    await forgetfulPage.getByRole('button', { name: 'Mail me a link' }).click();
    await expect(forgetfulPage.getByTestId('form-message').first()).toContainText(sent);
    const reset = await sink.waitFor(email, 'Choose a new password');
    const resetLink = /https?:\/\/\S+\/invitations\/[\w-]+/.exec(reset.text ?? '')![0];
    await forgetfulPage.goto(new URL(resetLink).pathname);
    const newPassword = 'northern lights over the fjord';
    await AccountsPage.chooseNewPassword(forgetfulPage, newPassword, 'Set the password');
    await forgetfulPage.getByRole('link', { name: 'Go to sign-in' }).click();
    await new LoginPage(forgetfulPage).signIn(email, newPassword);
    await expect(forgetfulPage).toHaveURL(meeting);
    expect(sink.received.filter((m) => m.to && [m.to].flat().some((to) => to.text.includes('nowhere.example')))).toEqual([]);

    // Kari chooses, on her account page, the daily digest for silences and gives her zone;
    // circulated statements still reach her at once.
    await forgetfulPage.goto('/account');
    const mailChoices = forgetfulPage.getByRole('region', { name: 'Mail' });
    await mailChoices.getByLabel('A silence procedure starts').selectOption({ label: 'In the daily digest' });
    await mailChoices.getByLabel('Your time zone').fill('Europe/Atlantis');
    await mailChoices.getByRole('button', { name: 'Save my choices' }).click();
    await expect(mailChoices.locator('#timeZone-error')).toHaveText('Choose a time zone from the list, for example Europe/Paris.');
    await mailChoices.getByLabel('Your time zone').fill('Europe/Oslo');
    await mailChoices.getByRole('button', { name: 'Save my choices' }).click();
    await expect(mailChoices.getByTestId('form-message')).toHaveText('Saved. Your mail follows these choices from now on.');
    await forgetfulPage.reload();
    await expect(mailChoices.getByLabel('A silence procedure starts')).toHaveValue('digest');
    await expect(mailChoices.getByLabel('Your time zone')).toHaveValue('Europe/Oslo');
    await expectAccessible(forgetfulPage);
    await forgetful.close();

    // Iceland's head circulates a statement: Kari hears of it by mail, with the link to it.
    const headEmail = `head.iceland.${port}@mfa.is.example`;
    await accounts.goto();
    await accounts.create({ name: 'Þórdís Kolbrún Reykfjörð Gylfadóttir', email: headEmail, role: 'head of delegation', delegation: 'Iceland', password: ACCOUNT_PASSWORD });
    const head = await browser.newContext({ baseURL });
    const headPage = await head.newPage();
    await new LoginPage(headPage).goto();
    await new LoginPage(headPage).signIn(headEmail, ACCOUNT_PASSWORD);
    await headPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    const positions = new PositionsPages(headPage, meeting);
    const statementId = await positions.write({ title: 'Arctic search and rescue', body: 'Iceland proposes a joint search and rescue exercise.' });
    await headPage.getByRole('button', { name: 'Circulate version 1 to all delegations' }).click();
    await headPage.getByRole('dialog').getByRole('button', { name: 'Circulate to all' }).click();
    await expect(positions.visibilityBadge()).toHaveText('Circulated to all');
    await head.close();
    const circulated = await sink.waitFor(email, 'Statement circulated: Arctic search and rescue');
    expect(circulated.text).toContain(`Iceland circulated a statement to all delegations of Reykjavík Ministerial Meeting`);
    expect(circulated.text).toContain(`${meeting}/positions/${statementId}`);
    expect(mailsTo(sink, headEmail).filter((m) => m.subject?.startsWith('Statement circulated'))).toEqual([]);
  } finally {
    await context.close();
    await stop(server, 'SIGTERM');
    await sink?.close();
  }
});
