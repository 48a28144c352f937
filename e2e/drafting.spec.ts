import type { Browser, Page } from '@playwright/test';
import { countRows } from './database';
import { readPdf } from './exports';
import { expect, expectAccessible, MEETING, test } from './fixtures';
import { DocumentPage, openDocumentAs } from './pages/document-page';
import { LoginPage } from './pages/login-page';
import { readyTheText } from './ready-text';
import { callAction, captureAction, signInRequest, withField } from './server-actions';

// These tests share the demo document and change it (the last one adopts it): in order.
test.describe.configure({ mode: 'serial' });

// Each test's browsers are closed after it: an open document page refreshes on every
// change, and pages left open would keep the server busy during the tests that follow.
const opened: Page[] = [];
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.context().close()));
});

async function openAs(browser: Browser, email: string, options: Parameters<typeof openDocumentAs>[2] = {}) {
  const view = await openDocumentAs(browser, email, options);
  opened.push(view.page);
  return view;
}

test('the text shows each bracket with the delegations holding it, and the stances table every delegation', async ({ browser }) => {
  const { page, document } = await openAs(browser, 'jp.staff@vancouver.test');
  const brackets = document.paragraph('ship-to-ship transfers to evade sanctions').getByTestId('bracket');
  await expect(brackets).toHaveCount(2);
  await expect(brackets.first()).toContainText('[strengthen / coordinate]');
  // Codes on screen, names for screen readers.
  await expect(brackets.first().locator('sup')).toHaveText('JP GB');
  await expect(brackets.first().locator('.sr-only')).toHaveText('(held by Japan and United Kingdom)');
  await expect(brackets.nth(1).locator('sup')).toHaveText('IN PH TH');
  const plain = 'Participants shared the view';
  await expect(document.paragraph(plain).getByTestId('bracket')).toHaveCount(0);
  await expect(document.paragraphText(plain)).toHaveText(/^Participants shared the view that .* peaceful, diplomatic means\.$/);

  const stances = page.getByTestId('stances-table');
  const row = (delegation: string) => stances.getByRole('row').filter({ has: page.getByRole('rowheader', { name: delegation, exact: true }) });
  await expect(stances.locator('tbody').getByRole('row')).toHaveCount(20);
  await expect(row('India').getByRole('cell').first()).toHaveText(/^Reservation\s*India associates itself with the summary/);
  await expect(row('India').getByRole('cell').last()).toHaveText('1');
  await expect(row('Canada').getByRole('cell').first()).toHaveText('Endorses');
  await expect(row('Japan').getByRole('cell').first()).toHaveText('No stance yet');
});

test('a document address the meeting layout refuses gives its render slot back at once', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, 'jp.staff@vancouver.test');
  // Each request waits for one of the two render slots in the proxy. A refused one never
  // reaches the page: had the layout not claimed its slot, the slot would stay taken for
  // ten seconds, and the third refusal and the page after it would wait that long.
  const started = Date.now();
  const refused = await Promise.all([1, 2, 3].map(() => request.get('/meetings/no-such-meeting/documents/1')));
  expect(refused.map((response) => response.status())).toEqual([404, 404, 404]);
  expect((await request.get(`${MEETING}/documents/1`)).status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(5_000);
  await request.dispose();
});

test('document page requests abandoned while they wait for a render slot do not hold one', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, 'jp.staff@vancouver.test');
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  // Thirty at once: two render, the rest wait in the proxy when their clients give up. Had
  // they kept their place, each would take a slot in turn, its page never rendered for the
  // closed connection, and hold it for ten seconds: the page after them would wait minutes.
  const abandon = new AbortController();
  const abandoned = Array.from({ length: 30 }, () =>
    fetch(new URL(`${MEETING}/documents/1`, baseURL), { headers: { cookie }, signal: abandon.signal }).catch(() => null),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  abandon.abort();
  await Promise.all(abandoned);
  const started = Date.now();
  expect((await request.get(`${MEETING}/documents/1`)).status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(5_000);
  await request.dispose();
});

test('the router’s prefetches of a document page leave the render slots free', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  opened.push(page);
  // The documents list links to the document, and Next's router prefetches what it links to.
  const prefetched = page.waitForResponse((response) => response.url().includes(`${MEETING}/documents/1?_rsc=`));
  const login = new LoginPage(page);
  await login.goto(`${MEETING}/documents`);
  await login.signIn('jp.staff@vancouver.test');
  await page.waitForURL(`**${MEETING}/documents`);
  await prefetched;
  // A prefetch may stop short of the page, which claims the slot: had the proxy taken one
  // for each of them, both would stay taken for ten seconds and the export would wait.
  const started = Date.now();
  const [pdf, html] = await Promise.all([page.request.get(`${MEETING}/documents/1/pdf`), page.request.get(`${MEETING}/documents/1`)]);
  expect([pdf.status(), html.status()]).toEqual([200, 200]);
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('Japan proposes, the open secretariat page shows it live, the secretariat accepts, Japan sees the new text live', async ({ browser }) => {
  const japan = await openAs(browser, 'jp.staff@vancouver.test');
  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  await expect(secretariat.page.getByTestId('presence')).toContainText('Japan');
  await expectAccessible(japan.page);
  await expectAccessible(secretariat.page);

  const proposal = 'Ministers pledged to cut off every source of revenue for the DPRK’s weapons programmes.';
  await japan.document.proposeReplacement('Ministers pledged to cut off', proposal, 'Tighter wording.');
  await expect(japan.page.getByTestId('form-message').filter({ hasText: 'Amendment proposed.' })).toBeVisible();

  const card = secretariat.document.amendmentsBy('Japan').filter({ hasText: 'Tighter wording.' });
  await expect(card).toBeVisible(); // arrived without a reload
  await expect(card.locator('del').first()).toBeVisible(); // shown as a redline
  await card.getByText('Decide on this amendment').click();
  await card.getByRole('button', { name: 'Accept' }).click();

  await expect(japan.document.paragraphText(proposal)).toBeVisible();
  await expect(secretariat.document.paragraphText(proposal)).toBeVisible();
  await expect(japan.page.getByTestId('document-revision')).toHaveText('Revision 2');

  // The overview tells each of them what waits for them, with a link to the place.
  await japan.page.goto(MEETING);
  await expect(japan.page.getByTestId('attention').getByRole('link', { name: /Your amendment \d+ was accepted/ })).toBeVisible();
  await secretariat.page.goto(MEETING);
  await expect(secretariat.page.getByTestId('attention').getByRole('link', { name: /amendments await your decision/ })).toBeVisible();
  await expectAccessible(secretariat.page);
});

test('a change made while a page is still connecting reaches it: the stream replays what followed the drawing', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  // Japan's page is drawn, but its event stream is held back until after the change.
  const page = await (await browser.newContext()).newPage();
  opened.push(page);
  let connect = () => {};
  const held = new Promise<void>((resolve) => (connect = resolve));
  await page.route(/\/events\?/, async (route) => {
    await held;
    await route.continue();
  });
  const login = new LoginPage(page);
  await login.goto(`${MEETING}/documents/1`);
  await login.signIn('jp.staff@vancouver.test');
  await page.waitForURL(`**${MEETING}/documents/1`);
  const japan = new DocumentPage(page);
  const words = 'Ministers encouraged flag, port and coastal States';
  await japan.openParagraphComments(words);

  const body = `Posted while Japan's page was connecting (${Date.now()}).`;
  const thread = await secretariat.document.openParagraphComments(words);
  await thread.getByLabel('Your comment').fill(body);
  await thread.getByRole('button', { name: 'Post comment' }).click();
  await expect(thread.getByText(body)).toBeVisible();

  connect();
  await expect(page.getByTestId('live-status')).toContainText('Live updates on');
  await expect(japan.paragraphComments(words).getByText(body)).toBeVisible(); // without a reload
});

test('the history lists revisions and compares any two, word by word', async ({ page, signInAs }) => {
  await signInAs('kr.staff@vancouver.test');
  await page.goto(`${MEETING}/documents/1`);
  await page.getByRole('link', { name: 'History and comparison' }).click();
  await expect(page.getByTestId('revision-list')).toContainText('amended (accepted amendment)');
  await page.getByLabel('From revision').selectOption('1');
  await page.getByLabel('To revision').selectOption('2');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/from=1&to=2/);
  const comparison = page.getByTestId('comparison');
  await expect(comparison.locator('ins')).toContainText(['every']);
  await expectAccessible(page);
});

test('two editors save the same paragraph: the later one sees both texts and can re-apply', async ({ browser }) => {
  const first = await openAs(browser, 'secretariat@vancouver.test');
  const second = await openAs(browser, 'secretariat@vancouver.test');
  const words = 'Ministers called on the shipping';
  const firstBlock = await first.document.openEditor(words);
  const secondBlock = await second.document.openEditor(words);
  await secondBlock.getByLabel('Text').fill('Ministers called on the shipping industry, in the second editor’s words.');
  await firstBlock.getByLabel('Text').fill('Ministers called on the shipping industry, in the first editor’s words.');
  await firstBlock.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.document.paragraphText('first editor’s words')).toBeVisible();

  await secondBlock.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = second.page.getByTestId('conflict-view');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('region', { name: 'Your text' })).toContainText('second editor’s words');
  await expect(conflict.getByRole('region', { name: /Current text/ })).toContainText('first editor’s words');
  await expect(second.document.paragraphText('first editor’s words')).toBeVisible(); // nothing overwritten

  await conflict.getByRole('button', { name: 'Save my text over the current version' }).click();
  await expect(first.document.paragraphText('second editor’s words')).toBeVisible();
});

test('a delegation is refused the pen, in the interface and by a direct request', async ({ browser, playwright, baseURL }) => {
  const japan = await openAs(browser, 'jp.staff@vancouver.test');
  await japan.document.menuButton('humanitarian situation').click();
  await expect(japan.document.paragraph('humanitarian situation').getByRole('button', { name: 'Comment', exact: true })).toBeVisible();
  await expect(japan.document.paragraph('humanitarian situation').getByRole('button', { name: 'Edit text', exact: true })).toHaveCount(0);

  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  const block = await secretariat.document.openEditor('humanitarian situation');
  await block.getByLabel('Text').fill('Ministers expressed concern about the humanitarian situation in the DPRK.');
  const edit = await captureAction(secretariat.page, () => block.getByRole('button', { name: 'Save', exact: true }).click());
  await expect(secretariat.document.paragraphText('humanitarian situation in the DPRK.')).toBeVisible();

  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, 'jp.staff@vancouver.test');
  const answer = await callAction(request, withField(edit, 'text', 'Japan rewrites the text.'));
  expect(answer.text).toContain('"message":"forbidden"');
  await japan.page.reload();
  await expect(japan.document.paragraphText('humanitarian situation in the DPRK.')).toBeVisible();
  expect(
    countRows(
      `select count(*) n from audit_entries a join users u on u.id = a.actor_user_id
       where a.action = 'edit_paragraph' and a.outcome = 'denied' and u.email = ?`,
      'jp.staff@vancouver.test',
    ),
  ).toBe(1);
  await request.dispose();
});

test('silence cannot start while anything is open: the list names each paragraph and amendment, and decides amendments', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  const { page } = secretariat;
  const open = page.getByTestId('open-items');
  await expect(open.getByRole('heading', { name: 'Silence cannot start yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start silence' })).toHaveCount(0);
  // Named as delegates name them, each linked to its place in the text.
  const bracketed = open.getByTestId('open-paragraphs').getByRole('listitem').filter({ hasText: 'Bracketed' }).first();
  await expect(bracketed).toHaveText(/^operative paragraph \d+: Bracketed, \d+ open brackets?$/);
  const link = bracketed.getByRole('link');
  const target = await link.getAttribute('href');
  expect(target).toMatch(/^#paragraph-\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target!).getByTestId('paragraph-status')).toHaveText('Bracketed');
  await expectAccessible(page);

  // An open amendment, decided from the list.
  const amendments = open.getByTestId('open-amendments').getByRole('listitem');
  const before = await amendments.count();
  expect(before).toBeGreaterThan(0);
  const first = amendments.first();
  await expect(first).toHaveText(/^amendment (\d+) \([A-Z][^)]+\) on (operative|preambular) paragraph \d+/);
  const name = (await first.getByRole('link').textContent())!;
  await first.getByText(/^Decide on amendment \d+$/).click();
  await first.getByLabel('Reason (required to reject)').fill('Overtaken by the agreed text.');
  await first.getByRole('button', { name: 'Reject' }).click();
  await expect(open.getByTestId('open-amendments').getByRole('link', { name, exact: true })).toHaveCount(0);
  await expect(amendments).toHaveCount(before - 1);

  await readyTheText(page.request);
  await page.reload();
  await expect(page.getByTestId('open-items')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start silence' })).toBeVisible();
});

test('starting silence asks first, naming the deadline on both clocks and who is told; Escape cancels', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat@vancouver.test', { timezoneId: 'Europe/Paris' });
  const { page, document } = secretariat;
  const started = () => countRows(`select count(*) n from audit_entries where action = 'start_silence'`);
  const startedBefore = started();
  // A day whose zone rules every time-zone database agrees on (browsers' may run ahead of
  // the server's); a past deadline is refused only once sent, and this one is not.
  await page.getByLabel(/^Deadline/).fill('2018-01-16T18:00:00');
  await page.getByRole('button', { name: 'Start silence' }).click();
  const dialog = document.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(
    /^Put the text under silence until Tuesday,? 16 January 2018 at 18:00 \(Pacific Standard Time \(America\/Vancouver\)\)\?$/,
  );
  await expect(dialog).toContainText(/On your own clock: Wednesday,? 17 January 2018 at 03:00 \(Central European Standard Time \(Europe\/Paris\)\)\./);
  await expect(dialog).toContainText('20 delegations will be notified.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start silence' })).toBeFocused();
  await expect(document.status()).toHaveText('Drafting');
  expect(started()).toBe(startedBefore);
});

test('silence broken by one head: everyone sees who broke it and why', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  const korea = await openAs(browser, 'kr.head@vancouver.test');
  await secretariat.document.startSilence();
  await expect(korea.document.status()).toHaveText('Under silence');
  await expect(korea.page.getByTestId('silence-time-left')).toContainText('Time left');
  await expectAccessible(korea.page);

  await korea.page.getByLabel('Your objection').fill('Paragraph 9 must keep “concrete and credible steps”.');
  await korea.page.getByRole('button', { name: 'Break silence with this objection' }).click();
  await expect(secretariat.document.status()).toHaveText('Drafting');
  await expect(secretariat.page.getByTestId('silence-broken')).toContainText('Republic of Korea');
  await expect(secretariat.page.getByTestId('silence-broken')).toContainText('concrete and credible steps');
});

test('the secretariat withdraws a silence it started by mistake: everyone sees why, the text is back in drafting as it was', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  const japan = await openAs(browser, 'jp.head@vancouver.test');
  const text = await japan.page.getByTestId('paragraph-text').allTextContents();
  await secretariat.document.startSilence();
  await expect(japan.document.status()).toHaveText('Under silence');
  await secretariat.page.getByLabel('Reason for withdrawing the silence').fill('The deadline was set a day too early.');
  await secretariat.page.getByRole('button', { name: 'Withdraw silence' }).click();
  await expect(japan.document.status()).toHaveText('Drafting');
  await expect(japan.page.getByTestId('silence-withdrawn')).toContainText('withdrew the silence');
  await expect(japan.page.getByTestId('silence-withdrawn')).toContainText('The deadline was set a day too early.');
  await expect(japan.page.getByTestId('paragraph-text')).toHaveText(text);
  expect(countRows(`select count(*) n from audit_entries where action = 'withdraw_silence' and outcome = 'done' and record_type = 'outcome_document' and record_id = '1'`)).toBe(1);
});

test('silence running out unbroken adopts and locks the text, live', async ({ browser }) => {
  test.setTimeout(120_000);
  const secretariat = await openAs(browser, 'secretariat@vancouver.test');
  const japan = await openAs(browser, 'jp.head@vancouver.test');
  const deadline = new Date(Date.now() + 20_000);
  // The deadline is typed in the meeting's zone, as the label says.
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'America/Vancouver',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(deadline)
    .replace(' ', 'T');
  await secretariat.page.getByLabel(/^Deadline/).fill(local);
  await secretariat.document.startSilence();
  await expect(secretariat.document.status()).toHaveText('Under silence');
  await expect(japan.document.status()).toHaveText('Adopted', { timeout: 45_000 });
  await expect(japan.page.getByTestId('adopted-notice')).toBeVisible();
  await japan.document.menuButton('Ministers').first().click();
  await expect(japan.document.paragraph('Ministers').first().getByRole('button', { name: 'Comment', exact: true })).toBeVisible();
  await expect(japan.page.getByRole('button', { name: 'Propose a replacement' })).toHaveCount(0);

  // After adoption the clean text is the default export.
  const [download] = await Promise.all([
    japan.page.waitForEvent('download'),
    japan.page.getByRole('navigation', { name: 'Exports' }).getByRole('link', { name: 'PDF', exact: true }).click(),
  ]);
  const pdf = await readPdf(download);
  expect(pdf.name).toBe('vancouver-2018-co-chairs-summary.pdf');
  expect(pdf.text).not.toContain('DRAFT');
  expect(pdf.text).not.toMatch(/\[[^\]]* \/ [^\]]*\]/); // no bracket reaches the adopted text
  expect(pdf.text).toMatch(/^\s*1\.\s+Ministers/m);

  // The secretariat may reopen an adopted text; the reason is logged.
  await secretariat.page.getByLabel('Reason for reopening').fill('The concurrency check below needs a drafting text.');
  await secretariat.page.getByRole('button', { name: 'Reopen' }).click();
  await expect(secretariat.document.dialog().getByRole('heading')).toHaveText(/^Reopen the adopted Co-Chairs' Summary .* for drafting\?$/);
  await secretariat.document.dialog().getByRole('button', { name: 'Yes, reopen' }).click();
  await expect(japan.document.status()).toHaveText('Drafting');
  expect(countRows(`select count(*) n from audit_entries where action = 'reopen_document' and outcome = 'done'`)).toBe(1);
});

test('deleting a paragraph asks first, naming it as delegates do; Cancel keeps it, confirming deletes it', async ({ browser }) => {
  const { document } = await openAs(browser, 'secretariat@vancouver.test');
  // A paragraph no other spec reads: the keyboard spec, run later, amends the one on flag States.
  const words = 'Ministers stressed that a diplomatic solution';
  const number = Number((await document.paragraph(words).locator('span').first().textContent())!.replace('.', ''));
  await document.chooseFromMenu(words, 'Edit text');
  const remove = document.paragraph(words).getByRole('button', { name: 'Delete paragraph' });
  await remove.click();
  const question = document.dialog();
  await expect(question.getByRole('heading')).toHaveText(`Delete operative paragraph ${number}?`);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(document.paragraphText(words)).toBeVisible();

  await remove.click();
  await question.getByRole('button', { name: 'Delete paragraph' }).click();
  await expect(document.paragraphText(words)).toHaveCount(0);
});
