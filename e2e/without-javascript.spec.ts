import { expect, test } from './fixtures';
import { createMeeting } from './new-meeting';
import { seedDocumentDirectly } from './seed-document';

// Forms are progressively enhanced: with the browser's scripts off, a form still reaches its
// server action, and the page that comes back says what became of it.

test('with JavaScript off, the secretariat saves a distribution, and a stale save is refused on the page', async ({ page, signInAs, browser }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const documentId = seedDocumentDirectly(meeting.split('/').pop()!, {
    title: 'Reykjavík Declaration on Arctic Science',
    paragraphs: [{ kind: 'operative', text: 'Ministers welcome scientific cooperation in the Arctic.' }],
  });
  const address = `${meeting}/documents/${documentId}`;
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const scriptless = await context.newPage();
  const distribution = () => scriptless.locator('form').filter({ has: scriptless.getByRole('group', { name: 'Who receives this document' }) });

  await scriptless.goto(address);
  await distribution().getByRole('radio', { name: 'General' }).check();
  await distribution().getByRole('button', { name: 'Save the distribution' }).click();
  await expect(distribution()).toContainText('Distribution saved.');
  await scriptless.goto(address);
  await expect(distribution().getByRole('radio', { name: 'General' })).toBeChecked();

  // The page was drawn at this version; someone else saves first, with scripts on.
  await scriptless.reload();
  await page.goto(address);
  const current = page.locator('form').filter({ has: page.getByRole('group', { name: 'Who receives this document' }) });
  await current.getByRole('radio', { name: 'Limited' }).check();
  await current.getByRole('button', { name: 'Save the distribution' }).click();
  await expect(current).toContainText('Distribution saved.');

  await distribution().getByRole('radio', { name: 'General' }).check();
  await distribution().getByRole('button', { name: 'Save the distribution' }).click();
  await expect(scriptless.getByTestId('distribution-conflict')).toContainText('it is now Limited');
  await page.reload();
  await expect(current.getByRole('radio', { name: 'Limited' })).toBeChecked();
  await context.close();
});
