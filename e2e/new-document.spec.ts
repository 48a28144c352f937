import path from 'node:path';
import { Document, Packer } from 'docx';
import { countRows } from './database';
import { readPdf } from './exports';
import { expect, expectAccessible, MEETING, test } from './fixtures';
import { DRAFT } from './fixtures/draft-with-brackets';
import { actionForm, serverActions } from './forged-actions';
import { createMeeting } from './new-meeting';
import { DocumentPage } from './pages/document-page';
import { NewDocumentPage } from './pages/new-document-page';

// "New document" on a meeting of the test's own (symbol code RAC/2027, see new-meeting.ts).

const FIXTURE = path.join(process.cwd(), 'e2e', 'fixtures', 'draft-with-brackets.docx');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const documentsOf = (meetingPath: string) =>
  countRows('select count(*) n from outcome_documents where meeting_id = (select id from meetings where slug = ?)', meetingPath.split('/').pop());

test('the secretariat imports a .docx draft, sees the preview, confirms, and pastes a second document', async ({ page, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  await page.goto(`${meeting}/documents`);
  await expect(page.getByText('No documents yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New document' })).toBeVisible();
  await expectAccessible(page);

  const form = new NewDocumentPage(page);
  await form.fill({ kind: 'Joint statement', title: DRAFT.title, mode: 'Negotiated text', start: 'A Word document (.docx)', file: FIXTURE });
  await form.previewButton().click();
  await expect(form.preview()).toHaveAccessibleName('Preview: 7 paragraphs');
  const rows = form.previewRows();
  await expect(rows).toHaveText([
    `Heading${DRAFT.title}`,
    `Preambular${DRAFT.preambular[0]}`,
    `Preambular${DRAFT.preambular[1]}`,
    `Heading${DRAFT.heading}`,
    `Operative1${DRAFT.operative[0]}`,
    `Operative2${DRAFT.operative[1]}Bracketed`,
    `Operative3${DRAFT.operative[2]}`,
  ]);
  await expect(rows.nth(5).getByTestId('bracket')).toHaveText('[establish a standing coordination centre / explore a shared coordination mechanism]');
  // The preview is the keyboard's next stop, and nothing is saved before the confirmation.
  await expect(page.getByRole('heading', { name: 'Preview: 7 paragraphs' })).toBeFocused();
  expect(documentsOf(meeting)).toBe(0);
  await expectAccessible(page);

  await form.createButton().click();
  await page.waitForURL(new RegExp(`${meeting}/documents/\\d+$`));
  await expect(page.getByRole('heading', { level: 1, name: DRAFT.title })).toBeVisible();
  await expect(page.getByTestId('document-symbol')).toHaveText('RAC/2027/1');
  const document = new DocumentPage(page);
  await expect(document.paragraph('coordination mechanism').getByTestId('bracket')).toHaveCount(1);
  await expect(document.paragraph('Ministers commit to joint exercises')).toBeVisible();

  // A second document, pasted: the next number, the chair's text as chosen.
  await page.goto(`${meeting}/documents/new`);
  await form.fill({
    kind: "Chair's summary",
    title: "Chair's Summary of the Reykjavík Meeting",
    mode: "Chair's text",
    start: 'Pasted text',
    text: ['# Summary', '', 'Welcoming the new search and rescue centre in Nuuk,', '', '1. The Chair noted [broad / general] support for joint exercises.', '', '2. Ministers will meet again in 2029.'].join('\n'),
  });
  await form.previewButton().click();
  await expect(form.previewRows()).toHaveText([
    'HeadingSummary',
    'PreambularWelcoming the new search and rescue centre in Nuuk,',
    'Operative1The Chair noted [broad / general] support for joint exercises.Bracketed',
    'Operative2Ministers will meet again in 2029.',
  ]);
  await form.createButton().click();
  await page.waitForURL(new RegExp(`${meeting}/documents/\\d+$`));
  await expect(page.getByTestId('document-symbol')).toHaveText('RAC/2027/2');
  const secondUrl = new URL(page.url()).pathname;
  expect(
    countRows(`select count(*) n from outcome_documents where id = ? and drafting_mode = 'chairs_text' and number = 2`, Number(secondUrl.split('/').pop())),
  ).toBe(1);

  // Both on the list with their symbols; the export of the second carries its symbol and number.
  await page.goto(`${meeting}/documents`);
  await expect(page.getByTestId('document-symbol')).toHaveText(['Symbol: RAC/2027/1', 'Symbol: RAC/2027/2']);
  await page.goto(secondUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('navigation', { name: 'Exports' }).getByRole('link', { name: 'Working draft (PDF)' }).click(),
  ]);
  const pdf = await readPdf(download);
  expect(pdf.name).toMatch(/-chairs-summary-2-draft-revision-1\.pdf$/);
  expect(pdf.text).toContain('RAC/2027/2');
});

test('bad input is refused at its field and nothing is saved', async ({ page, signInAs, baseURL }) => {
  test.setTimeout(180_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  await page.goto(`${meeting}/documents/new`);
  const form = new NewDocumentPage(page);

  // No title.
  await form.fill({ kind: 'Declaration', title: '', mode: 'Negotiated text', start: 'Pasted text', text: '1. Ministers agree.' });
  await form.previewButton().click();
  await expect(form.fieldError('title')).toHaveText('This field is required.');
  await expect(form.preview()).toHaveCount(0);

  // A paste of white space only; what was typed stays.
  await page.getByLabel('Title', { exact: true }).fill('Reykjavík Declaration');
  await page.getByLabel('Draft text').fill('  \n\n   \n');
  await form.previewButton().click();
  await expect(form.fieldError('text')).toHaveText(/There is no text to import/);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Reykjavík Declaration');

  // Brackets that do not close: the preview names the paragraph, and offers no creation.
  await page.getByLabel('Draft text').fill('1. Ministers [agree.\n2. Ministers meet.');
  await form.previewButton().click();
  await expect(form.fieldError('text')).toHaveText(/cannot be imported as they are/);
  await expect(form.previewRows().first()).toContainText('A bracket is opened but never closed.');
  await expect(form.createButton()).toHaveCount(0);
  await expectAccessible(page);

  // A file named .docx that is not one.
  const upload = page.getByLabel('Word document', { exact: true });
  await page.getByRole('radio', { name: 'A Word document (.docx)' }).check();
  await upload.setInputFiles({ name: 'draft.docx', mimeType: DOCX_TYPE, buffer: Buffer.from('1. Ministers agree, in plain text.') });
  await form.previewButton().click();
  await expect(form.fieldError('file')).toHaveText(/not a Word document/);

  // A real Word document without any text.
  const empty = await Packer.toBuffer(new Document({ sections: [{ children: [] }] }));
  await upload.setInputFiles({ name: 'empty.docx', mimeType: DOCX_TYPE, buffer: empty });
  await form.previewButton().click();
  await expect(form.fieldError('file')).toHaveText('This Word document holds no text to import.');

  // Over 20 MB: refused in the browser before it is sent…
  const tooLarge = Buffer.alloc(20 * 1024 * 1024 + 1, 0x50);
  await upload.setInputFiles({ name: 'large.docx', mimeType: DOCX_TYPE, buffer: tooLarge });
  await form.previewButton().click();
  await expect(form.fieldError('file')).toHaveText('The file is too large: 20 MB at most.');

  // …and by the server, at the field, for a call that skips the browser's check.
  const action = serverActions().get('app/meetings/[slug]/documents/new/actions.ts#previewNewDocument')!;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(new URL(`${meeting}/documents/new`, baseURL), {
    method: 'POST',
    headers: { 'next-action': action.id, accept: 'text/x-component', cookie },
    body: actionForm({
      slug: meeting.split('/').pop()!,
      kind: 'declaration',
      title: 'Too large',
      draftingMode: 'negotiated',
      start: 'upload',
      file: { name: 'large.docx', type: DOCX_TYPE, content: tooLarge.toString('latin1') },
    }),
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('"file":["docxTooLarge"]');

  expect(documentsOf(meeting)).toBe(0);
});

test("a delegation sees no \"New document\" and is refused the page", async ({ page, signInAs }) => {
  await signInAs('jp.head@vancouver.test');
  await page.goto(`${MEETING}/documents`);
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New document' })).toHaveCount(0);
  expect((await page.request.get(`${MEETING}/documents/new`)).status()).toBe(403);
});
