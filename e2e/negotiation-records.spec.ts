import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { toLocalDateTime } from '../lib/domain/zoned-time';
import { readDatabase } from './database';
import { expect, test } from './fixtures';
import { createMeeting } from './new-meeting';
import { AgendaPage } from './pages/agenda-page';
import { DocumentPage } from './pages/document-page';
import { NewDocumentPage } from './pages/new-document-page';

// Issue 20 in the browser, on a meeting of the test's own: the history names revisions as
// delegates do and lists the silence procedure; an adopted text never prints a bracket;
// the audit log speaks the users' language. The tests build on each other: in order.
test.describe.configure({ mode: 'serial' });

const SECRETARIAT = 'secretariat@vancouver.test';
const PARAGRAPHS = {
  preambular: 'Welcoming the new search and rescue centre in Nuuk,',
  first: 'Ministers commit to joint exercises in 2028.',
  second: 'Ministers will meet again in 2029.',
  secondEdited: 'Ministers will meet again in Tromsø in 2029.',
  third: 'Ministers thanked Iceland for its hospitality.',
};
const AGENDA_ITEM = 'Search and rescue cooperation';
/** A code as the database stores it (`start_silence`, `create_agenda_item`), never shown to people. */
const RAW_CODE = /\b[a-z]+_[a-z_]+\b/;

let meeting = '';
let documentId = 0;

const slugOf = (meetingPath: string) => meetingPath.split('/').pop()!;
const documentPath = () => `${meeting}/documents/${documentId}`;

/** A deadline `fromNow` ms ahead (to the minute the field takes), on the meeting's own clock. */
function deadlineOnMeetingClock(fromNow: number): string {
  const { zone } = readDatabase((db) => db.prepare('select time_zone zone from meetings where slug = ?').get(slugOf(meeting)) as { zone: string });
  return toLocalDateTime(new Date(Date.now() + fromNow), zone);
}

/** The document page with its live connection up, so the changes that follow reach it. */
async function openDocument(page: Page): Promise<DocumentPage> {
  await page.goto(documentPath());
  await expect(page.getByTestId('live-status')).toContainText('Live updates on');
  return new DocumentPage(page);
}

test('the history names revisions by paragraph number and lists silence started and withdrawn', async ({ page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs(SECRETARIAT);
  // One working language: the text is issued without translations (bilingual-texts.spec.ts has those).
  meeting = await createMeeting(page, { languages: 'English' });
  await page.goto(`${meeting}/documents/new`);
  const form = new NewDocumentPage(page);
  await form.fill({
    kind: 'Joint statement',
    title: 'Reykjavík Joint Statement on Search and Rescue',
    mode: 'Negotiated text',
    start: 'Pasted text',
    text: [PARAGRAPHS.preambular, '', `1. ${PARAGRAPHS.first}`, '', `2. ${PARAGRAPHS.second}`, '', `3. ${PARAGRAPHS.third}`].join('\n'),
  });
  await form.previewButton().click();
  await expect(form.previewRows()).toHaveCount(4);
  await form.createButton().click();
  await page.waitForURL(new RegExp(`${meeting}/documents/\\d+$`));
  documentId = Number(new URL(page.url()).pathname.split('/').pop());
  const document = await openDocument(page);

  // Revision 2: operative paragraph 2 edited.
  const editor = await document.openEditor(PARAGRAPHS.second);
  await editor.getByLabel('Text').fill(PARAGRAPHS.secondEdited);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(document.paragraphText(PARAGRAPHS.secondEdited)).toBeVisible();

  for (const words of [PARAGRAPHS.preambular, PARAGRAPHS.first, PARAGRAPHS.secondEdited, PARAGRAPHS.third]) {
    const block = document.paragraph(words);
    const status = block.getByLabel('Status', { exact: true });
    if ((await status.count()) === 0) await document.chooseFromMenu(words, 'Edit text');
    await status.selectOption('agreed');
    await block.getByRole('button', { name: 'Set status' }).click();
    await expect(block.getByTestId('paragraph-status')).toHaveText('Agreed');
  }
  await expect(page.getByTestId('open-items')).toHaveCount(0);

  await document.startSilence();
  await expect(document.status()).toHaveText('Under silence');
  await page.getByLabel('Reason for withdrawing the silence').fill('The deadline was set a day too early.');
  await page.getByRole('button', { name: 'Withdraw silence' }).click();
  await expect(document.status()).toHaveText('Drafting');

  await page.getByRole('link', { name: 'History and comparison' }).click();
  await page.waitForURL(`**${documentPath()}/history`);
  const revisions = page.getByTestId('revision-list');
  await expect(revisions).toContainText('Revision 1: initial text');
  await expect(revisions).toContainText(/Revision 2: operative paragraph 2 edited by \S/);
  // Named by its place in the text, not by the row the database gave it.
  const { id: paragraphId } = readDatabase(
    (db) => db.prepare('select id from paragraphs where document_id = ? and text = ?').get(documentId, PARAGRAPHS.secondEdited) as { id: number },
  );
  expect(paragraphId).not.toBe(2);
  await expect(revisions).not.toContainText(new RegExp(`paragraph ${paragraphId}\\b`));
  const silence = page.getByTestId('silence-history').getByRole('listitem');
  // Newest first.
  await expect(silence).toHaveCount(2);
  await expect(silence.nth(0)).toContainText('(secretariat) withdrew the silence: The deadline was set a day too early.');
  await expect(silence.nth(1)).toContainText('put the text under silence until');
});

test('an adopted text never prints a bracket: forced into the database, the clean PDF and DOCX refuse, the draft still prints', async ({ page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs(SECRETARIAT);
  const document = await openDocument(page);
  // The field takes whole minutes: the deadline falls 15 to 75 seconds from now.
  await page.getByLabel(/^Deadline/).fill(deadlineOnMeetingClock(75_000));
  await document.startSilence();
  await expect(document.status()).toHaveText('Under silence');
  await expect(document.status()).toHaveText('Adopted', { timeout: 110_000 });

  const clean = await page.request.get(`${documentPath()}/pdf`);
  expect(clean.status()).toBe(200);
  expect(clean.headers()['content-type']).toBe('application/pdf');

  await page.goto(`${documentPath()}/history`);
  await expect(page.getByTestId('silence-history').getByRole('listitem').first()).toHaveText(/^Adopted: the silence ran out unbroken/);

  // What the interface can no longer do: a bracket in the adopted text, written directly.
  const db = new Database(process.env.E2E_DATABASE_PATH!, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    const changed = db
      .prepare(`update paragraphs set text = ? where document_id = ? and text = ?`)
      .run('Ministers commit to [joint / separate] exercises in 2028.', documentId, PARAGRAPHS.first).changes;
    expect(changed).toBe(1);
  } finally {
    db.close();
  }

  for (const format of ['pdf', 'docx']) {
    const refused = await page.request.get(`${documentPath()}/${format}`);
    expect(refused.status(), `clean ${format}`).toBe(409);
    expect((await refused.json()).error).toBe('brackets_in_adopted_text');
  }
  const draft = await page.request.get(`${documentPath()}/pdf?version=draft`);
  expect(draft.status()).toBe(200);
  expect(draft.headers()['content-type']).toBe('application/pdf');
});

test('the audit log names records as users know them, never by raw action codes', async ({ page, signInAs }) => {
  await signInAs(SECRETARIAT);
  const agenda = new AgendaPage(page, meeting);
  await agenda.goto();
  const added = await agenda.addItem({ title: AGENDA_ITEM, kind: 'Working session', startsAt: '2027-03-11T14:00', endsAt: '2027-03-11T15:30', location: 'Kaldalón' });
  await expect(AgendaPage.message(added)).toBeVisible();
  await expect(agenda.item(AGENDA_ITEM)).toBeVisible();

  await page.goto(`${meeting}/audit`);
  const table = page.getByTestId('audit-entries');
  const actions = table.locator('tbody').getByRole('rowheader');
  const records = table.getByTestId('audit-record');
  await expect(actions.filter({ hasText: 'Started the silence procedure' })).toHaveCount(2);
  await expect(actions.filter({ hasText: 'Withdrew the silence procedure' })).toHaveCount(1);
  await expect(actions.filter({ hasText: 'Adopted the text when silence ended' })).toHaveCount(1);
  await expect(actions.filter({ hasText: 'Added an agenda item' })).toHaveCount(1);
  await expect(records.filter({ hasText: /^operative paragraph 2$/ }).first()).toBeVisible();
  await expect(records.filter({ hasText: /^preambular paragraph 1$/ }).first()).toBeVisible();
  await expect(records.filter({ hasText: AGENDA_ITEM }).first()).toHaveText(new RegExp(`agenda item .*${AGENDA_ITEM}`));
  await expect(records.filter({ hasText: 'Reykjavík Joint Statement on Search and Rescue' }).first()).toBeVisible();

  for (const text of [...(await actions.allTextContents()), ...(await records.allTextContents())]) expect(text).not.toMatch(RAW_CODE);
});
