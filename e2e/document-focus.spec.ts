import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAccount, createMeeting, signedInPage } from './new-meeting';
import { DocumentPage } from './pages/document-page';
import { seedDocumentDirectly } from './seed-document';

const TEXT = [
  { kind: 'heading', text: 'Oceans' },
  { kind: 'operative', text: 'We protect the ocean.' },
  { kind: 'operative', text: 'We [commit / aspire] to clean seas.' },
  { kind: 'heading', text: 'Climate' },
  { kind: 'operative', text: 'We cut emissions.' },
  { kind: 'operative', text: 'We meet again in 2028.' },
] as const;

/** The texts of the paragraphs the page lists, headings included. */
const listed = (page: Page) => page.getByTestId('paragraph').allInnerTexts();
const filters = (page: Page) => page.getByRole('navigation', { name: 'Show paragraphs' });

async function expectListed(page: Page, texts: string[]) {
  await expect(page.getByTestId('paragraph')).toHaveCount(texts.length);
  const blocks = await listed(page);
  texts.forEach((text, i) => expect(blocks[i]).toContain(text));
}

test('the document page filters, outlines and previews its text, and remembers what each account has seen', async ({ page, browser, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const head = await createAccount(page, meeting, { name: 'Þórdís Gylfadóttir', role: 'head of delegation', delegation: 'Iceland' });
  const id = seedDocumentDirectly(meeting.split('/').pop()!, { title: 'Reykjavík Communiqué', paragraphs: [...TEXT] });
  const address = `${meeting}/documents/${id}`;

  // The secretariat's first visit: nothing can be called changed yet.
  await page.goto(`${address}?show=changed`);
  await expect(page.getByText('This is your first visit')).toBeVisible();
  await expect(filters(page).getByRole('link', { name: 'Changed since my last visit (0)' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('paragraph')).toHaveCount(0);
  await expectAccessible(page);

  // Iceland proposes new words for one paragraph meanwhile.
  const minister = await signedInPage(browser, head);
  await minister.goto(address);
  await new DocumentPage(minister).proposeReplacement('We cut emissions.', 'We cut emissions by half.', 'Ambition.');
  await expect(minister.getByRole('region', { name: 'Open amendments on operative paragraph 3' }).getByRole('article')).toHaveCount(1);

  // Back again, exactly that paragraph has changed, under its section's heading; a reload shows the same.
  await page.goto(`${address}?show=changed`);
  await expect(page.getByText(/^Changes since your visit of/)).toBeVisible();
  await expectListed(page, ['Climate', 'We cut emissions.']);
  await expect(page.getByTestId('focus-summary')).toHaveText('Showing 1 of 4 paragraphs');
  await page.reload();
  await expectListed(page, ['Climate', 'We cut emissions.']);
  await expectAccessible(page);

  // Each filter, chosen by its link, lives in the address: a reload keeps it, and a link shares it.
  await filters(page).getByRole('link', { name: 'Bracketed (1)' }).click();
  await expect(page).toHaveURL(`${address}?show=bracketed`);
  await expectListed(page, ['Oceans', 'to clean seas.']);
  await page.reload();
  await expectListed(page, ['Oceans', 'to clean seas.']);
  await expectAccessible(page);
  await filters(page).getByRole('link', { name: 'With open amendments (1)' }).click();
  await expect(page).toHaveURL(`${address}?show=amended`);
  await expectListed(page, ['Climate', 'We cut emissions.']);
  await expectAccessible(page);
  await minister.goto(`${address}?show=amended`);
  await expectListed(minister, ['Climate', 'We cut emissions.']);
  await expect(filters(minister).getByRole('link', { name: 'With open amendments (1)' })).toHaveAttribute('aria-current', 'page');
  await filters(page).getByRole('link', { name: 'All (4)' }).click();
  await expect(page).toHaveURL(address);
  // A bracket is drawn with its holders inside the text: its paragraph is found by the words after it.
  await expectListed(page, TEXT.map((p) => p.text.replace(/^.*\] /, '')));
  await expect(page.getByTestId('focus-summary')).toHaveCount(0);

  // The outline counts each section and jumps to it.
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByRole('listitem')).toHaveText([
    'Oceans (2 paragraphs, no open amendments, 1 bracket)',
    'Climate (2 paragraphs, 1 open amendment, no brackets)',
  ]);
  await page.setViewportSize({ width: 1280, height: 400 });
  await outline.getByRole('link', { name: 'Climate' }).click();
  await expect(page).toHaveURL(new RegExp(`${address}#paragraph-\\d+$`));
  await expect(page.getByRole('heading', { name: 'Climate', exact: true })).toBeInViewport();

  // The previews read the text with every open amendment accepted, or rejected, and offer no forms.
  const previews = page.getByRole('navigation', { name: 'Read the text' });
  await previews.getByRole('link', { name: 'Preview: every open amendment accepted' }).click();
  await expect(page).toHaveURL(`${address}?preview=accepted`);
  const preview = page.getByRole('region', { name: 'Preview — not the agreed text' });
  await expect(preview.getByTestId('preview-text')).toHaveText(['We protect the ocean.', 'We [commit / aspire] to clean seas.', 'We cut emissions by half.', 'We meet again in 2028.']);
  await expect(preview).toContainText('As amended by Iceland');
  await expect(preview.locator('form, textarea, input, button')).toHaveCount(0);
  await expect(page.getByTestId('paragraph')).toHaveCount(0);
  await expectAccessible(page);
  await previews.getByRole('link', { name: 'Preview: every open amendment rejected' }).click();
  await expect(page).toHaveURL(`${address}?preview=rejected`);
  await expect(preview.getByTestId('preview-text')).toHaveText(TEXT.filter((p) => p.kind !== 'heading').map((p) => p.text));
  await expect(preview.locator('form, textarea, input, button')).toHaveCount(0);
  await expectAccessible(page);
});
