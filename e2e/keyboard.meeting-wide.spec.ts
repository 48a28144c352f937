import type { Browser, Page } from '@playwright/test';
import { readPdf } from './exports';
import { expect, MEETING, test } from './fixtures';
import { expectFocusVisible, tabTo } from './keyboard';
import { DEMO_PASSWORD } from './pages/login-page';
import { DocumentPage } from './pages/document-page';

// The core flow by keyboard alone: Tab, Shift+Tab, Enter, Space and typing into what Tab
// reached; no clicks. It changes the demo document, which drafting.spec.ts changes in a
// set order, so it runs with the meeting-wide specs, after the parallel ones.

const PARAGRAPH = 'Ministers encouraged flag, port and coastal States';
const PROPOSAL =
  'Ministers encouraged flag, port and coastal States to exchange information without delay on vessels suspected of carrying prohibited cargo to or from the DPRK.';
const RATIONALE = 'Speed matters at sea.';

/** A new browser, signed in by keyboard, on the demo document reached through the menus. */
async function openDocumentByKeyboard(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await tabTo(page, page.getByLabel('Email'));
  await expectFocusVisible(page);
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === MEETING || url.pathname === '/');
  // The demo secretariat also serves the meetings other specs created, so it lands on its
  // list of meetings, and goes on to the demo's by keyboard too.
  if (new URL(page.url()).pathname === '/') {
    await tabTo(page, page.getByRole('main').locator(`a[href="${MEETING}"]`));
    await page.keyboard.press('Enter');
    await page.waitForURL(MEETING);
  }

  const sections = page.getByRole('navigation', { name: 'Meeting sections' });
  await tabTo(page, sections.getByRole('link', { name: 'Documents' }));
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${MEETING}/documents`);
  await tabTo(page, page.getByRole('main').getByRole('link', { name: /Co-Chairs' Summary/ }));
  await page.keyboard.press('Enter');
  await page.waitForURL(`${MEETING}/documents/1`);
  await expect(page.getByTestId('live-status')).toContainText('Live updates on');
  return page;
}

test('sign in, propose an amendment, accept it and export the PDF, by keyboard alone', async ({ browser }) => {
  test.setTimeout(180_000);
  const japan = await openDocumentByKeyboard(browser, 'jp.head@vancouver.test');
  const japanDocument = new DocumentPage(japan);
  const block = japanDocument.paragraph(PARAGRAPH);

  await tabTo(japan, japanDocument.menuButton(PARAGRAPH));
  await expectFocusVisible(japan);
  await japan.keyboard.press('Enter');
  // Escape closes the menu and leaves the focus on its button; Enter opens it again.
  await japan.keyboard.press('Escape');
  await expect(japanDocument.menuButton(PARAGRAPH)).toBeFocused();
  await expect(japanDocument.menuButton(PARAGRAPH)).toHaveAttribute('aria-expanded', 'false');
  await japan.keyboard.press('Enter');
  await tabTo(japan, block.getByRole('button', { name: 'Propose a replacement' }));
  await expectFocusVisible(japan);
  await japan.keyboard.press('Enter');
  // The form opens with the focus in the text to write.
  await expect(block.getByLabel('Proposed text')).toBeFocused();
  await expectFocusVisible(japan);
  await japan.keyboard.press('ControlOrMeta+A');
  await japan.keyboard.type(PROPOSAL);
  await tabTo(japan, block.getByLabel('Rationale'));
  await japan.keyboard.type(RATIONALE);
  await tabTo(japan, block.getByRole('button', { name: 'Propose', exact: true }));
  await expectFocusVisible(japan);
  await japan.keyboard.press('Enter');
  await expect(japan.getByTestId('form-message').filter({ hasText: 'Amendment proposed.' })).toBeVisible();

  const secretariat = await openDocumentByKeyboard(browser, 'secretariat@vancouver.test');
  const card = new DocumentPage(secretariat).amendmentsBy('Japan').filter({ hasText: RATIONALE });
  await expect(card).toBeVisible();
  await tabTo(secretariat, card.getByText('Decide on this amendment'));
  await expectFocusVisible(secretariat);
  await secretariat.keyboard.press('Space');
  await tabTo(secretariat, card.getByRole('button', { name: 'Accept' }));
  await expectFocusVisible(secretariat);
  await secretariat.keyboard.press('Enter');
  await expect(new DocumentPage(secretariat).paragraphText('exchange information without delay')).toBeVisible();
  // The accepted card is gone; the focus lands on its paragraph, not at the top of the page.
  await expect(new DocumentPage(secretariat).paragraph(PARAGRAPH)).toBeFocused();
  await expectFocusVisible(secretariat);
  await expect(japanDocument.paragraphText('exchange information without delay')).toBeVisible();

  // Back up the page with Shift+Tab to the exports, then download the working draft.
  const pdfLink = secretariat.getByRole('navigation', { name: 'Exports' }).getByRole('link', { name: 'Working draft (PDF)' });
  await tabTo(secretariat, pdfLink, { backwards: true, limit: 1000 });
  await expectFocusVisible(secretariat);
  const [download] = await Promise.all([secretariat.waitForEvent('download'), secretariat.keyboard.press('Enter')]);
  const pdf = await readPdf(download);
  // One printed line of the accepted text (line numbers and the DRAFT mark break up others).
  expect(pdf.text.replace(/\s+/g, ' ')).toContain('without delay on vessels suspected of carrying prohibited cargo');

  await japan.context().close();
  await secretariat.context().close();
});
