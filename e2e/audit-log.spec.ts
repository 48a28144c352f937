import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { expect, expectAccessible, signOut, test } from './fixtures';
import { AUDIT, AuditPage } from './pages/audit-page';
import { LoginPage } from './pages/login-page';
import { PositionsPages } from './pages/positions-pages';
import { createMeeting } from './new-meeting';
import { seedAccountsDirectly } from './seed-lists';

/** Opens the audit log as a staff member in a browser of their own: refused, and logged as refused. */
async function refusedAuditVisit(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto(AUDIT);
  await login.signIn(email);
  await page.waitForURL(`**${AUDIT}`);
  await context.close();
}

test.describe('the audit log', () => {
  test('staff have no audit log: no link, 404 for the page and the CSV', async ({ page, signInAs }) => {
    await signInAs('kr.staff@vancouver.test');
    await expect(page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    const response = await page.goto(AUDIT);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const csv = await page.request.get(`${AUDIT}/csv`);
    expect(csv.status()).toBe(404);
    expect(await csv.json()).toEqual({ error: 'not_found' });
  });

  test('the secretariat sees every delegation’s entries, refusals included, filters them and downloads them', async ({ page, signInAs, browser }) => {
    // Ethiopia was invited and did not attend: no other test acts as its staff.
    await refusedAuditVisit(browser, 'et.staff@vancouver.test');
    await signInAs('secretariat@vancouver.test');
    await page.getByRole('navigation', { name: 'Meeting sections' }).getByRole('link', { name: 'Audit log' }).click();
    const audit = new AuditPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(audit.rows().first()).toBeVisible();
    await expectAccessible(page);

    await audit.filter({ actor: 'et.staff@vancouver.test' });
    await expect(page).toHaveURL(/actor=et\.staff%40vancouver\.test/);
    await expect(audit.count()).toContainText('1 entry');
    const row = audit.rows().first();
    await expect(row).toContainText('Ethiopia');
    await expect(row.getByRole('rowheader')).toHaveText('Opened the audit log');
    await expect(row).toContainText('Refused');

    const [download] = await Promise.all([page.waitForEvent('download'), audit.download().click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-vancouver-2018-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"Time (America/Vancouver)","Time (UTC)","Who","E-mail","Delegation","Action","Record type","Record number","Outcome","Before","After"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}","\d{4}-\d{2}-\d{2}T[\d:.]+Z","[^"]+","et\.staff@vancouver\.test","Ethiopia","read_audit_log","meeting","vancouver-2018","denied",,$/,
    );

    // Record and date filters narrow further; days before the entry leave nothing.
    await audit.filter({ type: 'meeting', record: 'vancouver-2018' });
    await expect(audit.count()).toContainText('1 entry');
    await audit.filter({ from: '2018-01-01', to: '2018-01-16' });
    await expect(audit.count()).toHaveText(/^No entries/);
    await expect(page.getByText('No entries match these filters.')).toBeVisible();

    // A reversed range is reported next to its field; the CSV refuses bad filters with 400.
    await audit.filter({ from: '2018-01-16', to: '2018-01-15' });
    await expect(page.locator('#audit-to-error')).toHaveText('The end date comes before the start date.');
    await expectAccessible(page);
    const bad = await page.request.get(`${AUDIT}/csv?from=someday`);
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ fields: { from: ['invalidDate'] } });
  });

  test('a head sees their own delegation’s entries only', async ({ page, signInAs, browser }) => {
    await refusedAuditVisit(browser, 'lu.staff@vancouver.test');
    await refusedAuditVisit(browser, 'se.staff@vancouver.test');
    await signInAs('lu.head@vancouver.test');
    const audit = new AuditPage(page);
    await audit.goto();
    await expect(page.getByText('What the members of your delegation did')).toBeVisible();
    await expect(audit.actorCells().first()).toBeVisible();
    for (const cell of await audit.actorCells().all()) await expect(cell).toContainText('Luxembourg');
    const people = await audit.actor().locator('option').allTextContents();
    expect(people.slice(1).map((name) => name.replace(/^.*\((.*)\)$/, '$1')).sort()).toEqual(['lu.head@vancouver.test', 'lu.staff@vancouver.test']);
    await expectAccessible(page);

    await audit.filter({ actor: 'lu.staff@vancouver.test' });
    await expect(audit.rows().first()).toContainText('Opened the audit log');
    // Another delegation's entries stay out, even asked for by address, and in the CSV.
    await audit.goto('?actor=se.staff%40vancouver.test');
    await expect(audit.count()).toHaveText(/^No entries/);
    const csv = await page.request.get(`${AUDIT}/csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain('lu.staff@vancouver.test');
    expect(text).not.toContain('se.staff@vancouver.test');
    expect(text).not.toContain('secretariat@vancouver.test');
  });

  test('a delegation’s draft text stays out of the secretariat’s log, not out of its head’s', async ({ page, signInAs }) => {
    const title = `Audit draft ${Math.random().toString(36).slice(2, 8)}`;
    await signInAs('za.staff@vancouver.test');
    await new PositionsPages(page).write({ title, body: 'Words for our delegation only.' });
    await signOut(page);

    await signInAs('secretariat@vancouver.test');
    const audit = new AuditPage(page);
    await audit.goto('?actor=za.staff%40vancouver.test&type=position_statement');
    await expect(audit.rows().first()).toContainText('Wrote a position statement');
    await expect(audit.rows().first()).toContainText('Withheld');
    await expect(page.getByRole('main')).not.toContainText(title);
    await signOut(page);

    await signInAs('za.head@vancouver.test');
    await audit.goto('?actor=za.staff%40vancouver.test&type=position_statement');
    await audit.rows().first().getByText(/\d+ fields/).click();
    await expect(audit.rows().first()).toContainText(title);
    await expectAccessible(page);
  });

  test('fifty entries to a page, older and newer by link', async ({ page, signInAs }) => {
    test.slow();
    await signInAs('za.staff@vancouver.test');
    // 60 refused downloads: 60 entries by one account on one record.
    for (let i = 0; i < 60; i++) expect((await page.request.get(`${AUDIT}/csv`)).status()).toBe(404);
    await signOut(page);

    await signInAs('secretariat@vancouver.test');
    const audit = new AuditPage(page);
    await audit.goto('?actor=za.staff%40vancouver.test&type=meeting');
    await expect(audit.count()).toContainText('60 entries');
    await expect(audit.rows()).toHaveCount(50);
    await audit.pages().getByRole('link', { name: 'Older entries' }).click();
    await expect(audit.rows()).toHaveCount(10);
    await expect(page).toHaveURL(/type=meeting&before=\d+\.\d+$/);
    await expect(audit.pages().getByRole('link', { name: 'Older entries' })).toHaveCount(0);
    await audit.pages().getByRole('link', { name: 'Newer entries' }).click();
    await expect(audit.rows()).toHaveCount(50);
    await expect(audit.pages().getByRole('link', { name: 'Newer entries' })).toHaveCount(0);
    // After a client-side navigation Next streams the <title> in last; axe reads it.
    await expect(page).toHaveTitle(/^Audit log/);
    await expectAccessible(page);
  });
});

test('a meeting of more people than a list can hold asks for the e-mail of the one to filter by', async ({ page, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  seedAccountsDirectly(
    meeting.split('/').pop()!,
    Array.from({ length: 200 }, (_, n) => ({ delegation: n % 2 ? 'is' : 'no', name: `Officer ${n + 1}`, email: `officer${n + 1}@mfa.example` })),
  );
  const audit = new AuditPage(page, meeting);
  await audit.goto();
  await expect(audit.filters().getByRole('textbox', { name: 'Who' })).toHaveAttribute('type', 'email');
  await expect(audit.filters().getByRole('option', { name: /Officer 1\b/ })).toHaveCount(0);
  await expectAccessible(page);

  await audit.filter({ actor: 'secretariat@vancouver.test' });
  await expect(page).toHaveURL(/actor=secretariat%40vancouver\.test/);
  await expect(audit.count()).not.toHaveText(/^No entries/);
  await expect(audit.actor()).toHaveValue('secretariat@vancouver.test');
  await audit.filter({ actor: 'officer1@mfa.example' });
  await expect(audit.count()).toHaveText(/^No entries/);
});
