import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAccount, createMeeting, signedInPage } from './new-meeting';
import { DocumentPage } from './pages/document-page';
import { seedDocumentDirectly } from './seed-document';

// Changes by others on a document's page, on a meeting of the test's own: the secretariat
// edits, Iceland's head of delegation proposes; each sees the other's change marked and
// announced, never their own.

const FIRST = 'Ministers welcome the Arctic Council’s work on search and rescue.';
const SECOND = 'Ministers agree to hold a joint exercise every second year.';
const EDITED = 'Ministers agree to hold a joint exercise every year, alternating between the coasts.';
const TYPED = 'Ministers agree to hold a joint exercise every second year, in Iceland’s words.';

/** Counts what the page's live region says, each time it says something. */
async function countAnnouncements(page: Page) {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-announcement"]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      if (region.textContent) said.push(region.textContent);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const announcements = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

/** Opens the document and waits for its live connection, so no change that follows is missed. */
async function openDocument(page: Page, path: string): Promise<DocumentPage> {
  await page.goto(path);
  await expect(page.getByTestId('live-status')).toContainText('Live updates on');
  return new DocumentPage(page);
}

test('a change by someone else is marked on its paragraph, announced once, and warned of in a form open on it', async ({ browser, page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const iceland = await createAccount(page, meeting, { name: 'Guðrún Jónsdóttir', role: 'head of delegation', delegation: 'Iceland' });
  const documentId = seedDocumentDirectly(meeting.split('/').pop()!, {
    title: 'Reykjavík Communiqué on Arctic Search and Rescue',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling the Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic,' },
      { kind: 'operative', text: FIRST },
      { kind: 'operative', text: SECOND },
    ],
  });
  const path = `${meeting}/documents/${documentId}`;
  const secretariat = await openDocument(page, path);
  const delegationPage = await signedInPage(browser, iceland);
  const delegation = await openDocument(delegationPage, path);
  const secretariatNews = page.getByTestId('live-announcement');
  const delegationNews = delegationPage.getByTestId('live-announcement');
  // The live regions are in the page before anything is said in them.
  await expect(secretariatNews).toHaveAttribute('role', 'status');
  await expect(delegationNews).toBeEmpty();
  await countAnnouncements(page);
  await countAnnouncements(delegationPage);

  // Iceland starts a proposal on operative paragraph 2 and types, without sending it yet.
  const target = delegation.paragraph('joint exercise');
  await delegation.chooseFromMenu('joint exercise', 'Propose a replacement');
  await target.getByLabel('Proposed text').fill(TYPED);
  await target.getByLabel('Rationale').fill('An exercise every second year keeps the coast guards in practice.');

  // The secretariat rewrites that paragraph meanwhile.
  const editor = await secretariat.openEditor('joint exercise');
  await editor.getByLabel('Text').fill(EDITED);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretariat.paragraphText('alternating between the coasts')).toBeVisible();

  // Iceland sees the new text marked, hears it once, and its form says so in place,
  // with what it typed kept.
  await expect(delegation.paragraphText('alternating between the coasts')).toBeVisible();
  const changed = delegation.paragraph('alternating between the coasts');
  await expect(changed).toHaveAttribute('data-live-change', '');
  await expect(delegationNews).toHaveText('Operative paragraph 2 edited by the secretariat');
  const warning = changed.getByTestId('changed-while-editing');
  await expect(warning).toContainText('This paragraph was changed by the secretariat while you were editing. Review the current text before you save.');
  await expect(warning).toContainText(EDITED);
  await expect(changed.getByLabel('Proposed text')).toHaveValue(TYPED);
  await expect(delegation.paragraph(FIRST)).not.toHaveAttribute('data-live-change');
  await expectAccessible(delegationPage);
  // The mark goes after a few seconds.
  await expect(changed).not.toHaveAttribute('data-live-change', { timeout: 10_000 });

  // The secretariat's own edit was not announced to it, nor marked.
  await expect(secretariatNews).toBeEmpty();
  await expect(secretariat.paragraph('alternating between the coasts')).not.toHaveAttribute('data-live-change');

  // Iceland sends its proposal: the secretariat hears it, Iceland does not hear itself.
  await changed.getByRole('button', { name: 'Propose' }).click();
  const card = secretariat.amendmentsBy('Iceland');
  await expect(card).toBeVisible();
  const amendment = /^Amendment (\d+) by Iceland/.exec((await card.getByRole('heading').textContent()) ?? '')![1];
  await expect(secretariatNews).toHaveText(`Amendment ${amendment} by Iceland proposed to operative paragraph 2`);
  await expect(secretariat.paragraph('alternating between the coasts')).toHaveAttribute('data-live-change', '');
  await expectAccessible(page);
  await expect(delegation.amendmentsBy('Iceland')).toBeVisible();
  await expect(changed.getByTestId('changed-while-editing')).toHaveCount(0); // the proposal saved it
  await expect(delegationNews).toHaveText('Operative paragraph 2 edited by the secretariat');
  // Each change was said once, to the other side only.
  expect(await announcements(delegationPage)).toEqual(['Operative paragraph 2 edited by the secretariat']);
  expect(await announcements(page)).toEqual([`Amendment ${amendment} by Iceland proposed to operative paragraph 2`]);
});
