import { readPdf } from './exports';
import { expect, expectAccessible, test } from './fixtures';
import { countRows } from './database';
import { ACCOUNT_PASSWORD, createMeeting } from './new-meeting';
import { AccountsPage } from './pages/accounts-page';
import { LoginPage } from './pages/login-page';
import { DocumentPage } from './pages/document-page';
import { NewDocumentPage } from './pages/new-document-page';

// Issue 22: a meeting working in English and French keeps each paragraph in both; the
// translator brings the French current after the English changes, and silence waits for it.

const ENGLISH = {
  first: 'Ministers welcomed the opening of the Arctic search and rescue centre in Nuuk.',
  second: 'Ministers agreed to hold joint exercises every second year.',
  secondRevised: 'Ministers agreed to hold joint exercises every year, beginning in 2028.',
};
const FRENCH = {
  first: 'Les ministres ont salué l’ouverture du centre de recherche et de sauvetage arctique de Nuuk.',
  second: 'Les ministres sont convenus de tenir des exercices conjoints tous les deux ans.',
  secondRevised: 'Les ministres sont convenus de tenir des exercices conjoints chaque année, à partir de 2028.',
};

test('the translator keeps the French current; an English change puts it out of date and holds silence back; both versions print side by side', async ({ page, signInAs, browser }) => {
  test.setTimeout(240_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page, { languages: 'English and French' });

  // The secretariat makes a translator account for its meeting.
  const translatorEmail = `translator.${meeting.split('/').pop()}@example.test`;
  const accounts = new AccountsPage(page, meeting);
  await accounts.goto();
  await accounts.create({ name: 'Claire Tremblay', email: translatorEmail, role: 'Host translator', password: ACCOUNT_PASSWORD });
  await expect(accounts.row(translatorEmail)).toContainText('Host translator');

  // A text negotiated in English, chosen on the form.
  await page.goto(`${meeting}/documents/new`);
  const form = new NewDocumentPage(page);
  await form.fill({ kind: 'Joint statement', title: 'Joint Statement on Arctic Search and Rescue', mode: 'Negotiated text', start: 'Pasted text', text: [`1. ${ENGLISH.first}`, '', `2. ${ENGLISH.second}`].join('\n') });
  await page.getByLabel('Negotiating language').selectOption({ label: 'English' });
  await form.previewButton().click();
  await form.createButton().click();
  await page.waitForURL(new RegExp(`${meeting}/documents/\\d+$`));
  const documentPath = new URL(page.url()).pathname;
  const secretariat = new DocumentPage(page);
  await expect(secretariat.paragraph(ENGLISH.first).getByTestId('translation-state')).toHaveText('Not translated yet');
  for (const words of [ENGLISH.first, ENGLISH.second]) {
    await secretariat.openEditor(words);
    const block = secretariat.paragraph(words);
    await block.getByLabel('Status').selectOption({ label: 'Agreed' });
    await block.getByRole('button', { name: 'Set status' }).click();
    await expect(block.getByTestId('paragraph-status')).toHaveText('Agreed');
    await block.getByRole('button', { name: 'Close' }).click();
  }
  await page.reload();
  // Agreed in English, but the French is still to come: silence cannot start.
  const untranslated = page.getByTestId('untranslated-paragraphs');
  await expect(untranslated.getByRole('listitem')).toHaveText(['operative paragraph 1: Not translated yet', 'operative paragraph 2: Not translated yet']);
  await expect(page.getByRole('button', { name: 'Start silence' })).toHaveCount(0);
  await expectAccessible(page);

  // The translator signs in: no pen, only the translation.
  const translatorContext = await browser.newContext();
  const translatorPage = await translatorContext.newPage();
  const login = new LoginPage(translatorPage);
  await login.goto();
  await login.signIn(translatorEmail, ACCOUNT_PASSWORD);
  await translatorPage.waitForURL((url) => !url.pathname.startsWith('/login'));
  // What waits for the translator: the text's two paragraphs, linked.
  await translatorPage.goto(meeting);
  await expect(translatorPage.getByTestId('viewer-identity')).toHaveText('Host translator');
  await translatorPage.getByRole('link', { name: '2 paragraphs await translation in Joint Statement on Arctic Search and Rescue' }).click();
  await translatorPage.waitForURL(new RegExp(`${documentPath}$`));
  const translator = new DocumentPage(translatorPage);
  await translator.menuButton(ENGLISH.second).click();
  await expect(translator.paragraph(ENGLISH.second).getByRole('button', { name: 'Edit text', exact: true })).toHaveCount(0);
  await translator.paragraph(ENGLISH.second).getByRole('button', { name: 'Update the translation', exact: true }).click();
  const editor = translator.paragraph(ENGLISH.second).getByRole('form', { name: 'Update the translation' });
  await expect(editor.getByTestId('translation-source')).toHaveText(ENGLISH.second);
  // A translation that drops the text's brackets, or is empty, is refused at its field.
  await editor.getByLabel('French text').fill('   ');
  await editor.getByRole('button', { name: 'Save the translation' }).click();
  await expect(editor.getByText('This field is required.')).toBeVisible();
  await editor.getByLabel('French text').fill(FRENCH.second);
  await editor.getByRole('button', { name: 'Save the translation' }).click();
  await expect(translator.paragraph(ENGLISH.second).getByTestId('translation-state')).toHaveText('Translation current');
  await expect(translator.paragraph(ENGLISH.second).getByTestId('translation-text')).toHaveText(FRENCH.second);
  await expect(translator.paragraph(ENGLISH.second).getByTestId('translation-text')).toHaveAttribute('lang', 'fr');
  await expectAccessible(translatorPage);

  await translator.chooseFromMenu(ENGLISH.first, 'Update the translation');
  const firstEditor = translator.paragraph(ENGLISH.first).getByRole('form', { name: 'Update the translation' });
  await firstEditor.getByLabel('French text').fill(FRENCH.first);
  await firstEditor.getByRole('button', { name: 'Save the translation' }).click();
  await expect(translator.paragraph(ENGLISH.first).getByTestId('translation-state')).toHaveText('Translation current');

  // Every translation current: silence may start.
  await page.reload();
  await expect(page.getByTestId('open-items')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start silence' })).toBeVisible();

  // The secretariat changes the English: its French is out of date, and silence is held back.
  const pen = await secretariat.openEditor(ENGLISH.second);
  await pen.getByLabel('Text', { exact: true }).fill(ENGLISH.secondRevised);
  await pen.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretariat.paragraph(ENGLISH.secondRevised).getByTestId('translation-state')).toHaveText('Translation out of date');
  await page.reload();
  await expect(untranslated.getByRole('listitem')).toHaveText(['operative paragraph 2: Translation out of date']);
  await expect(page.getByRole('button', { name: 'Start silence' })).toHaveCount(0);

  // The translator's page shows it live; the comparison says what changed in the English.
  await expect(translator.paragraph(ENGLISH.secondRevised).getByTestId('translation-state')).toHaveText('Translation out of date');
  await translator.chooseFromMenu(ENGLISH.secondRevised, 'Update the translation');
  const revision = translator.paragraph(ENGLISH.secondRevised).getByRole('form', { name: 'Update the translation' });
  await expect(revision.getByTestId('translation-changes').locator('del')).toContainText([/second/]);
  await expect(revision.getByTestId('translation-changes').locator('ins')).toContainText([/beginning in 2028/]);
  await revision.getByLabel('French text').fill(FRENCH.secondRevised);
  await revision.getByRole('button', { name: 'Save the translation' }).click();
  await expect(translator.paragraph(ENGLISH.secondRevised).getByTestId('translation-state')).toHaveText('Translation current');
  expect(countRows(`select count(*) n from audit_entries where action = 'translate_paragraph' and outcome = 'done' and meeting_id = (select id from meetings where slug = ?)`, meeting.split('/').pop())).toBe(3);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start silence' })).toBeVisible();

  // The parallel text: paragraph 2 in English and in French on the same lines.
  const exports = page.getByRole('navigation', { name: 'Exports' });
  const [both] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'Working draft, both languages side by side (PDF)' }).click()]);
  const parallel = await readPdf(both);
  expect(parallel.name).toMatch(/-bilingual-draft-revision-\d+\.pdf$/);
  expect(parallel.text.split('\n').some((line) => /^\s*2\.\s+Ministers agreed to hold\b.*\s{2,}2\.\s+Les ministres sont convenus\b/.test(line))).toBe(true);
  const [french] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'Working draft in French (PDF)' }).click()]);
  const frenchPdf = await readPdf(french);
  expect(frenchPdf.text).toContain('PROJET');
  expect(frenchPdf.text).toContain('Les ministres ont salué');
  expect(frenchPdf.text).not.toContain('Ministers welcomed');
  await translatorContext.close();
});
