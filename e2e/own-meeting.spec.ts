import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STRONG_PASSWORD } from './command-line';
import { readPdf } from './exports';
import { expect, expectAccessible, test, watchForPolicyViolations } from './fixtures';
import { DRAFT } from './fixtures/draft-with-brackets';
import { freePort, startServer, stop, waitUntilServing, type Server } from './own-server';
import { AccountsPage } from './pages/accounts-page';
import { DocumentPage } from './pages/document-page';
import { LoginPage } from './pages/login-page';
import { MeetingFormPage, type MeetingDetails } from './pages/meeting-form-page';
import { NewDocumentPage } from './pages/new-document-page';
import { SetupPage } from './pages/setup-page';

const DRAFT_DOCX = path.join(process.cwd(), 'e2e', 'fixtures', 'draft-with-brackets.docx');

// A host ministry's own meeting, from an empty install without the demo (SEED_DEMO=0), on
// a server of its own: nothing here may depend on the demo's data. Only the interface is used.

const LISBON: MeetingDetails = {
  title: 'Lisbon Ministerial Conference on Ocean Governance',
  shortTitle: 'Lisbon Ocean 2026',
  documentCode: 'LOC/2026',
  venue: 'Centro Cultural de Belém',
  city: 'Lisbon',
  startsAt: '2026-06-08T09:00',
  endsAt: '2026-06-09T18:00',
  hostStates: ['pt'],
  coChairs: ['pt', 'ke'],
  languages: 'English and French',
};

test('from an empty install to a meeting of its own, through /setup, without the demo', async ({ browser }) => {
  test.setTimeout(420_000);
  const port = process.env.E2E_OWN_PORT ? Number(process.env.E2E_OWN_PORT) : await freePort();
  const baseURL = `http://localhost:${port}`;
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'vg-own-meeting-')), 'own.db');
  const server: Server = startServer(port, databasePath, { SEED_DEMO: '0' });
  // The browser's own zone is the one the form proposes for a new meeting.
  const context = await browser.newContext({ baseURL, timezoneId: 'Europe/Lisbon' });
  const page = await context.newPage();
  const violations = watchForPolicyViolations(page);
  try {
    await waitUntilServing(server, baseURL);
    // The code is printed where `npm start` runs, and nowhere else.
    await expect.poll(() => server.output.join('')).toMatch(/Setup code: \S+/);
    const code = /Setup code: (\S+)/.exec(server.output.join(''))![1];

    const setup = new SetupPage(page);
    await setup.goto();
    await expect(page.getByRole('heading', { name: 'Set up the first account' })).toBeVisible();
    await expect(page.getByText(/printed in the console where the server was started with npm start/)).toBeVisible();
    await expectAccessible(page);
    const account = { code: 'ABCD-EFGH-JKLM', name: 'Chloé Tremblay', email: 'c.tremblay@international.example', password: STRONG_PASSWORD };
    await setup.createFirstAccount(account);
    await expect(page.getByText("That is not the setup code printed at the server's start.")).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue(account.name);
    await setup.createFirstAccount({ ...account, code });
    await expect(page.getByText('The account is created. Sign in with it.')).toBeVisible();
    // One time only: the page is gone once an account exists.
    expect((await page.request.get('/setup')).status()).toBe(404);

    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await new LoginPage(page).signIn(account.email, account.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await expect(page.getByRole('heading', { name: 'Your meetings' })).toBeVisible();
    await expect(page.getByText('You do not serve any meeting yet.')).toBeVisible();

    // Create a meeting: the address follows the short title, the zone is the browser's.
    await page.getByRole('link', { name: 'Create a meeting' }).click();
    await expect(page.getByRole('heading', { name: 'Create a meeting' })).toBeVisible();
    const form = new MeetingFormPage(page);
    await expect(form.timeZone()).toHaveValue('Europe/Lisbon');
    await form.fill(LISBON);
    await expect(form.slug()).toHaveValue('lisbon-ocean-2026');
    await expectAccessible(page);
    // Bad input is refused at its field, and what was typed stays.
    await page.getByLabel('Ends').fill('2026-06-07T18:00');
    await form.slug().fill('Lisbon 2026!');
    await page.getByLabel('Document symbol code').fill('loc 2026');
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await expect(form.fieldError('slug')).toHaveText(/lower-case letters, digits and single hyphens/);
    await form.slug().fill('lisbon-ocean-2026');
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await expect(form.fieldError('documentCode')).toHaveText(/upper-case letters, digits, \/ - and \. only/);
    await expect(page.getByLabel('Document symbol code')).toHaveValue('loc 2026');
    await page.getByLabel('Document symbol code').fill(LISBON.documentCode);
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await expect(form.fieldError('endsAt')).toHaveText(/end/i);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(LISBON.title);
    await page.getByLabel('Ends').fill(LISBON.endsAt);
    await page.getByRole('button', { name: 'Create the meeting' }).click();

    // The new meeting's overview, with what is still to do.
    await page.waitForURL('/meetings/lisbon-ocean-2026');
    await expect(page.getByRole('heading', { level: 1, name: LISBON.title })).toBeVisible();
    // On the meeting's own clock: 09:00 in Lisbon.
    await expect(page.getByText(/8 June 2026 at 09:00/)).toBeVisible();
    const checklist = page.getByRole('region', { name: 'Getting the meeting ready' });
    for (const step of ['Add the delegations', 'Build the agenda', 'Create the outcome document']) {
      await expect(checklist.getByRole('link', { name: step })).toBeVisible();
    }
    await expect(page.getByRole('listitem').filter({ hasText: 'Portugal' }).first()).toBeVisible();
    await expectAccessible(page);

    // Its settings: the creator is its secretariat; the session opens.
    const sections = page.getByRole('navigation', { name: 'Meeting sections' });
    await sections.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting settings' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Secretariat members' })).toContainText(account.email);
    await expect(form.timeZone()).toHaveValue('Europe/Lisbon');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open the session' }).click();
    await expect(page.getByRole('region', { name: 'Status' }).getByText('In session', { exact: true })).toBeVisible();

    // A second meeting may not take the first one's address.
    await page.goto('/meetings/new');
    await form.fill({ ...LISBON, title: 'Lisbon Follow-up Meeting' });
    await form.slug().fill('lisbon-ocean-2026');
    await form.timeZone().fill('Europe/Atlantis');
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await expect(form.fieldError('slug')).toHaveText(/taken|already/i);
    await expect(form.fieldError('timeZone')).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Lisbon Follow-up Meeting' })).toHaveCount(0);

    // Three delegations beside the co-chairs.
    await page.goto('/meetings/lisbon-ocean-2026/delegations');
    for (const state of ['Brazil', 'India', 'Japan']) {
      await page.getByLabel('State', { exact: true }).selectOption({ label: state });
      await page.getByRole('button', { name: 'Add the delegation' }).click();
      await expect(page.getByRole('main').getByRole('rowheader', { name: state, exact: true })).toBeVisible();
    }

    // The head of Brazil's delegation is invited and sets a password.
    await sections.getByRole('link', { name: 'Accounts' }).click();
    const accounts = new AccountsPage(page);
    const head = { name: 'Mauro Vieira', email: 'm.vieira@itamaraty.example' };
    await accounts.create({ ...head, role: 'head of delegation', delegation: 'Brazil' });
    const link = await accounts.invitationLink().inputValue();
    const headContext = await browser.newContext({ baseURL, timezoneId: 'America/Sao_Paulo' });
    const headPage = await headContext.newPage();
    await headPage.goto(new URL(link).pathname);
    await AccountsPage.chooseNewPassword(headPage, STRONG_PASSWORD, 'Set the password');
    await headPage.getByRole('link', { name: 'Go to sign-in' }).click();
    await new LoginPage(headPage).signIn(head.email, STRONG_PASSWORD);
    await headPage.waitForURL('/meetings/lisbon-ocean-2026');

    // The secretariat imports the draft, brackets and all, from Word.
    await page.goto('/meetings/lisbon-ocean-2026/documents');
    await page.getByRole('link', { name: 'New document' }).click();
    const newDocument = new NewDocumentPage(page);
    await newDocument.fill({ kind: 'Joint statement', title: DRAFT.title, mode: 'Negotiated text', start: 'A Word document (.docx)', file: DRAFT_DOCX });
    await newDocument.previewButton().click();
    await expect(newDocument.previewRows()).toHaveCount(7);
    await newDocument.createButton().click();
    await page.waitForURL(/\/meetings\/lisbon-ocean-2026\/documents\/\d+$/);
    const documentPath = new URL(page.url()).pathname;
    await expect(page.getByTestId('document-symbol')).toHaveText('LOC/2026/1');
    const secretariatDocument = new DocumentPage(page);
    await expect(secretariatDocument.paragraph('coordination mechanism').getByTestId('bracket')).toHaveCount(1);

    // Brazil proposes to settle the bracket; the secretariat accepts.
    const settled = 'Ministers will establish a standing coordination centre before the next meeting.';
    await headPage.goto(documentPath);
    const headDocument = new DocumentPage(headPage);
    await headDocument.proposeReplacement('coordination mechanism', settled, 'One coordination centre serves every service best.');
    await expect(headPage.getByTestId('form-message').filter({ hasText: 'Amendment proposed.' })).toBeVisible();
    await page.reload();
    const card = secretariatDocument.amendmentsBy('Brazil');
    await card.getByText('Decide on this amendment').click();
    await card.getByRole('button', { name: 'Accept' }).click();
    await expect(secretariatDocument.paragraphText(settled)).toBeVisible();
    await expect(headDocument.paragraphText(settled)).toBeVisible();

    // The working draft exports with the agreed words and the meeting's own symbol.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Working draft (PDF)' }).click()]);
    const pdf = await readPdf(download);
    expect(pdf.text).toContain('LOC/2026/1');
    expect(pdf.text).toContain('establish a standing coordination centre');
    expect(pdf.text).not.toContain('[establish');
    await headContext.close();
    expect(violations).toEqual([]);
  } finally {
    await context.close();
    await stop(server, 'SIGTERM');
  }
});

test('with an account in the database (the demo), /setup answers 404', async ({ request }) => {
  expect((await request.get('/setup')).status()).toBe(404);
});
