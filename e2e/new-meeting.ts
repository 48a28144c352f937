import { randomBytes } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import { AccountsPage } from './pages/accounts-page';
import { LoginPage } from './pages/login-page';
import { MeetingFormPage, type MeetingDetails } from './pages/meeting-form-page';

/**
 * A meeting of the test's own, created through "Create a meeting" by the signed-in
 * secretariat account (which then serves it): tests of new capabilities work on it, never
 * on the demo's data. The address is unique per call, so parallel tests never meet.
 * Returns the meeting's path, `/meetings/<slug>`.
 */
export async function createMeeting(page: Page, details: Partial<MeetingDetails> = {}): Promise<string> {
  const suffix = randomBytes(3).toString('hex');
  const meeting: MeetingDetails = {
    title: `Reykjavík Ministerial Meeting on Arctic Cooperation ${suffix}`,
    shortTitle: `Reykjavík ${suffix}`,
    documentCode: 'RAC/2027',
    venue: 'Harpa Concert Hall',
    city: 'Reykjavík',
    startsAt: '2027-03-10T09:00',
    endsAt: '2027-03-11T17:00',
    hostStates: ['is'],
    coChairs: ['is', 'no'],
    languages: 'English and French',
    ...details,
  };
  await page.goto('/meetings/new');
  const form = new MeetingFormPage(page);
  await form.fill(meeting);
  const slug = await form.slug().inputValue();
  await page.getByRole('button', { name: 'Create the meeting' }).click();
  await page.waitForURL(`/meetings/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
  return `/meetings/${slug}`;
}

/** The password of every account made by `createAccount`. */
export const ACCOUNT_PASSWORD = 'harbour lantern quietly orbit';

/**
 * An account in a meeting of the test's own, made on its accounts page by the signed-in
 * secretariat with ACCOUNT_PASSWORD, so it can sign in at once. Returns its e-mail address.
 */
export async function createAccount(
  page: Page,
  meeting: string,
  account: { name: string; role: 'head of delegation' | 'staff'; delegation: string },
): Promise<string> {
  const email = `${account.role === 'staff' ? 'staff' : 'head'}.${randomBytes(3).toString('hex')}@${meeting.split('/').pop()}.example`;
  const accounts = new AccountsPage(page, meeting);
  await accounts.goto();
  await accounts.create({ ...account, email, password: ACCOUNT_PASSWORD });
  await expect(accounts.row(email)).toContainText('Active');
  return email;
}

/** A page in a browser context of its own, signed in as an account made by `createAccount`. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, ACCOUNT_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}
