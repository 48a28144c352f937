import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAccount, createMeeting, signedInPage } from './new-meeting';
import { DocumentPage } from './pages/document-page';
import { seedDocumentDirectly } from './seed-document';

// The document page as a negotiation workspace: the text first, one menu per paragraph,
// amendments in a margin beside their paragraph, proposals made from selected words.

const HEADING = 'Maritime search and rescue';
const BRACKETED =
  'Ministers [welcome / take note of] the report of the working group on maritime safety, and ask it to present, before the next meeting, a joint plan for shared training of rescue crews.';
const OPERATIVE =
  'Ministers agree to hold, within the framework of the Arctic Council, a joint exercise every second year, alternating between the search and rescue regions of the Parties.';

/** Selects `words` in the paragraph's text as a mouse would, in the text node that holds them. */
async function selectWords(text: Locator, words: string) {
  await text.evaluate((element, words) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in one text node`);
  }, words);
}

/** The open amendment's redline on the paragraph, once it has come in. */
function redlineOf(page: Page, rationale: string): Locator {
  return new DocumentPage(page).amendmentsBy('Iceland').filter({ hasText: rationale }).locator('.redline');
}

test('the text comes first: one menu per paragraph, amendments in its margin, proposals made from selected words', async ({ browser, page, signInAs }) => {
  test.setTimeout(240_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const head = await createAccount(page, meeting, { name: 'Head of Iceland', role: 'head of delegation', delegation: 'Iceland' });
  const id = seedDocumentDirectly(meeting.split('/').pop()!, {
    title: 'Reykjavík Declaration on Arctic Search and Rescue',
    paragraphs: [
      { kind: 'heading', text: HEADING },
      { kind: 'operative', text: BRACKETED },
      { kind: 'operative', text: OPERATIVE },
    ],
  });
  const iceland = await signedInPage(browser, head);
  await iceland.goto(`${meeting}/documents/${id}`);
  await expect(iceland.getByTestId('live-status')).toContainText('Live updates on');
  const document = new DocumentPage(iceland);

  // One menu per paragraph; the heading carries no status and offers no amendment.
  await expect(iceland.getByTestId('paragraph')).toHaveCount(3);
  await expect(iceland.getByRole('button', { name: /^Actions on / })).toHaveCount(3);
  const heading = document.paragraph(HEADING);
  await expect(heading.getByTestId('paragraph-status')).toHaveCount(0);
  await document.menuButton(HEADING).click();
  await expect(heading.getByRole('button', { name: 'Comment', exact: true })).toBeVisible();
  await expect(heading.getByRole('button', { name: 'Propose a replacement' })).toHaveCount(0);
  await iceland.keyboard.press('Escape');
  await expect(document.menuButton(HEADING)).toBeFocused();
  await expect(heading.getByRole('button', { name: 'Comment', exact: true })).toBeHidden();

  // The head has no stance on this revision yet: the form comes before the text.
  const stanceForm = iceland.getByTestId('stance-first');
  const text = iceland.getByRole('region', { name: 'Text' });
  await expect(stanceForm.getByRole('button', { name: 'Record stance' })).toBeVisible();
  expect((await stanceForm.boundingBox())!.y).toBeLessThan((await text.boundingBox())!.y);

  // A mouse selection, after a bracket and its holders' mark, becomes a replacement of just those words.
  await selectWords(document.paragraphText('working group'), 'working group on maritime safety');
  await iceland.getByRole('button', { name: 'Propose a replacement' }).click();
  const bracketed = document.paragraph('working group');
  await expect(bracketed.getByTestId('text-to-replace')).toHaveText('working group on maritime safety');
  await bracketed.getByLabel('Replacement').fill('expert group on search and rescue');
  await bracketed.getByLabel('Rationale').fill('The group that wrote the report.');
  await expectAccessible(iceland);
  await bracketed.getByRole('button', { name: 'Propose', exact: true }).click();
  const selected = redlineOf(iceland, 'The group that wrote the report.');
  await expect(selected.locator('del')).toHaveText([/working/, /maritime safety/]);
  await expect(selected.locator('ins')).toHaveText([/expert/, /search and rescue/]);
  // Only the change and a few words about it: not the paragraph a second time.
  await expect(selected).not.toContainText('joint plan for shared training');
  await expect(document.paragraphText('working group on maritime safety')).toBeVisible(); // the text is unchanged until decided

  // The same by keyboard, from the paragraph's menu, on the whole text.
  await document.menuButton('joint exercise').focus();
  await iceland.keyboard.press('Enter');
  await expectAccessible(iceland);
  await iceland.keyboard.press('Tab');
  await expect(document.paragraph('joint exercise').getByRole('button', { name: 'Propose a replacement' })).toBeFocused();
  await iceland.keyboard.press('Enter');
  const proposed = document.paragraph('joint exercise').getByLabel('Proposed text');
  await expect(proposed).toBeFocused();
  await proposed.fill(OPERATIVE.replace('every second year', 'every year'));
  await document.paragraph('joint exercise').getByLabel('Rationale').fill('Crews train best every year.');
  await document.paragraph('joint exercise').getByRole('button', { name: 'Propose', exact: true }).click();
  const whole = redlineOf(iceland, 'Crews train best every year.');
  await expect(whole.locator('del')).toHaveText([/second/]);
  await expect(whole).not.toContainText('within the framework of the Arctic Council');

  // The margin: beside the text on a wide screen, under it on a phone.
  const block = document.paragraph('joint exercise');
  const main = block.getByTestId('paragraph-text');
  const margin = block.getByTestId('paragraph-margin');
  await iceland.setViewportSize({ width: 1280, height: 900 });
  let [textBox, marginBox] = [(await main.boundingBox())!, (await margin.boundingBox())!];
  expect(marginBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
  expect(marginBox.y).toBeLessThan(textBox.y + textBox.height);
  await iceland.setViewportSize({ width: 390, height: 844 });
  [textBox, marginBox] = [(await main.boundingBox())!, (await margin.boundingBox())!];
  expect(marginBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height);
  await iceland.setViewportSize({ width: 1280, height: 900 });

  // Once the head has taken a stance, the form goes back under the table of stances.
  await stanceForm.getByRole('button', { name: 'Record stance' }).click();
  await expect(stanceForm).toHaveCount(0);
  const stances = iceland.getByRole('region', { name: 'Stances of delegations' });
  await expect(stances.getByRole('button', { name: 'Record stance' })).toBeVisible();
  await expectAccessible(iceland);
});
