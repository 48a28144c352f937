import type { Browser, Page } from '@playwright/test';
import { STRONG_PASSWORD } from './command-line';
import { countRows } from './database';
import { expect, expectAccessible, test } from './fixtures';
import { actionForm, serverActions } from './forged-actions';
import { createMeeting } from './new-meeting';
import { AccountsPage } from './pages/accounts-page';
import { DocumentPage } from './pages/document-page';
import { readPdf } from './exports';
import { LoginPage } from './pages/login-page';
import { seedDocumentDirectly } from './seed-document';
import { callAction, captureAction, withField } from './server-actions';

// A document's distribution and the chair's text, on a meeting of the test's own: its
// co-chairs Iceland and Norway are the two delegations, each with a head of delegation.

const COMMUNIQUE = 'Reykjavík Communiqué on Arctic Search and Rescue';
const CHAIRS_TEXT = "Chair's Summary of the Reykjavík Ministerial";

async function signedIn(browser: Browser, email: string, password = STRONG_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** A head of delegation's account for the meeting, made on its accounts page with a password. */
async function createHead(page: Page, meeting: string, delegation: string, email: string) {
  await page.goto(`${meeting}/accounts`);
  const accounts = new AccountsPage(page);
  await accounts.create({ name: `Head of ${delegation}`, email, role: 'head of delegation', delegation, password: STRONG_PASSWORD });
  await expect(accounts.row(email)).toBeVisible();
}

test('a restricted document exists only for the delegations it names; a chair’s text takes comments, not amendments, and is issued', async ({
  browser,
  page,
  signInAs,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signInAs('secretariat@vancouver.test');
  // One working language: the text is issued without translations (bilingual-texts.spec.ts has those).
  const meeting = await createMeeting(page, { languages: 'English' });
  const slug = meeting.split('/').pop()!;
  const [iceland, norway] = [`is.head@${slug}.example`, `no.head@${slug}.example`];
  await createHead(page, meeting, 'Iceland', iceland);
  await createHead(page, meeting, 'Norway', norway);
  const communique = seedDocumentDirectly(slug, {
    title: COMMUNIQUE,
    paragraphs: [
      { kind: 'preambular', text: 'Recalling the Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic,' },
      { kind: 'operative', text: 'Ministers agree to hold a joint exercise every second year.' },
    ],
  });
  const documentPath = `${meeting}/documents/${communique}`;

  // The secretariat restricts it to Iceland: a restricted document needs a delegation named.
  await page.goto(documentPath);
  await expect(page.getByTestId('document-distribution')).toHaveText('Limited distribution');
  const section = page.getByRole('region', { name: 'Distribution' });
  await section.getByLabel('Restricted').check();
  await section.getByRole('button', { name: 'Save the distribution' }).click();
  await expect(section.getByText('Choose at least one delegation to receive a restricted document.')).toBeVisible();
  await expect(page.getByTestId('document-distribution')).toHaveText('Limited distribution');
  await section.getByLabel('Iceland').check();
  const saved = await captureAction(page, () => section.getByRole('button', { name: 'Save the distribution' }).click());
  await expect(section.getByText('Distribution saved.')).toBeVisible();
  await expect(page.getByTestId('document-distribution')).toHaveText('Restricted distribution');
  await expectAccessible(page);
  expect(countRows(`select count(*) n from audit_entries where action = 'set_document_distribution' and record_id = ?`, String(communique))).toBe(1);

  // The same save sent again, from the version it was made on, is stale: a conflict that
  // says what stands now. (Open pages hear of the change live and draw the new version.)
  const replayed = await callAction(page.request, withField(saved, 'distribution', 'general'));
  expect(replayed.text).toContain('"message":"conflict"');
  expect(replayed.text).toContain('"distribution":"restricted"');
  await page.reload();
  await expect(page.getByTestId('document-distribution')).toHaveText('Restricted distribution');

  // Iceland reads it, its PDF says so, and it needs Iceland's stance.
  const icelandPage = await signedIn(browser, iceland);
  await icelandPage.goto(`${meeting}/documents`);
  const listed = icelandPage.getByRole('listitem').filter({ hasText: COMMUNIQUE });
  await expect(listed).toContainText('Restricted distribution');
  await icelandPage.goto(meeting);
  await expect(icelandPage.getByRole('main')).toContainText(COMMUNIQUE);
  await icelandPage.goto(documentPath);
  await expect(icelandPage.getByRole('heading', { level: 1, name: COMMUNIQUE })).toBeVisible();
  const [download] = await Promise.all([icelandPage.waitForEvent('download'), icelandPage.getByRole('link', { name: 'Working draft (PDF)' }).click()]);
  expect((await readPdf(download)).text).toContain('Restricted distribution');

  // For Norway it does not exist: not listed, not on the overview, 404 on every address.
  const norwayPage = await signedIn(browser, norway);
  await norwayPage.goto(`${meeting}/documents`);
  await expect(norwayPage.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expect(norwayPage.getByRole('main')).not.toContainText(COMMUNIQUE);
  await norwayPage.goto(meeting);
  await expect(norwayPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(norwayPage.getByRole('main')).not.toContainText(COMMUNIQUE);
  expect((await norwayPage.goto(documentPath))!.status()).toBe(404);
  for (const address of [`${documentPath}/pdf`, `${documentPath}/docx`, `${documentPath}/history`, `${meeting}/events?document=${communique}`]) {
    expect((await norwayPage.request.get(address)).status(), address).toBe(404);
  }

  // A chair's text: Iceland reads and comments, but is offered no amendment and no stance.
  const chairsText = seedDocumentDirectly(slug, {
    title: CHAIRS_TEXT,
    kind: 'chairs_summary',
    draftingMode: 'chairs_text',
    paragraphs: [{ kind: 'operative', text: 'The Chair noted broad support for a shared Arctic observing network.' }],
  });
  const chairsPath = `${meeting}/documents/${chairsText}`;
  await icelandPage.goto(chairsPath);
  await expect(icelandPage.getByRole('heading', { level: 1, name: CHAIRS_TEXT })).toBeVisible();
  await expect(icelandPage.getByText("Chair's text", { exact: true })).toBeVisible();
  await new DocumentPage(icelandPage).menuButton('shared Arctic observing network').click();
  await expect(icelandPage.getByRole('button', { name: 'Comment', exact: true })).toBeVisible();
  await expect(icelandPage.getByRole('button', { name: 'Propose a replacement' })).toHaveCount(0);
  await expect(icelandPage.getByRole('heading', { name: 'Stances of delegations' })).toHaveCount(0);
  await expectAccessible(icelandPage);

  // A forged proposal is refused with the reason, logged, and nothing is proposed.
  const propose = serverActions().get('app/meetings/[slug]/documents/[id]/actions.ts#proposeParagraphAmendment')!;
  const paragraphId = countRows('select min(id) n from paragraphs where document_id = ?', chairsText);
  const cookie = (await icelandPage.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const forged = await fetch(new URL(chairsPath, baseURL), {
    method: 'POST',
    headers: { 'next-action': propose.id, accept: 'text/x-component', cookie },
    body: actionForm({ slug, documentId: String(chairsText), paragraphId: String(paragraphId), action: 'replace', text: 'Other words.', rationale: 'Forged.', positionStatementId: '' }),
  });
  expect(await forged.text()).toContain('"message":"chairsTextNotNegotiated"');
  expect(countRows('select count(*) n from amendments a join paragraphs p on p.id = a.paragraph_id where p.document_id = ?', chairsText)).toBe(0);
  expect(countRows(`select count(*) n from audit_entries where action = 'propose_amendment' and outcome = 'denied' and record_id = ?`, String(chairsText))).toBe(1);

  // The secretariat issues it, after saying so once more: adopted, and exported clean.
  await page.goto(chairsPath);
  await page.getByRole('button', { name: "Issue the chair's text" }).click();
  await page.getByRole('button', { name: 'Issue the text' }).click();
  await expect(page.getByTestId('document-status')).toHaveText('Adopted');
  await expect(page.getByTestId('adopted-notice')).toContainText("under the chair's authority");
  await expectAccessible(page);
  const [issued] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF', exact: true }).click()]);
  const issuedPdf = await readPdf(issued);
  expect(issuedPdf.text).toContain('Limited distribution');
  expect(issuedPdf.text).not.toContain('DRAFT');
  await icelandPage.goto(chairsPath);
  await expect(icelandPage.getByTestId('document-status')).toHaveText('Adopted');
  await icelandPage.context().close();
  await norwayPage.context().close();
});
