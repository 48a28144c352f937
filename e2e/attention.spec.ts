import { expect, expectAccessible, test } from './fixtures';
import { createAccount, createMeeting, signedInPage } from './new-meeting';

test('a head learns that staff shared a statement with the secretariat that waits for circulation', async ({ page, browser, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const head = await createAccount(page, meeting, { name: 'Þórdís Gylfadóttir', role: 'head of delegation', delegation: 'Iceland' });
  const staff = await createAccount(page, meeting, { name: 'Jón Sigurðsson', role: 'staff', delegation: 'Iceland' });

  const officer = await signedInPage(browser, staff);
  await officer.goto(`${meeting}/positions/new`);
  const title = `Search and rescue in the Arctic ${Date.now().toString(36)}`;
  await officer.getByLabel('Title').fill(title);
  await officer.getByLabel('Text', { exact: true }).fill('Iceland supports a joint exercise.');
  await officer.getByRole('button', { name: 'Save draft' }).click();
  await officer.waitForURL(/\/positions\/\d+$/);
  const statement = new URL(officer.url()).pathname;
  await officer.getByRole('button', { name: 'Share version 1 with the secretariat' }).click();
  await expect(officer.getByTestId('visibility')).toHaveText('Shared with the secretariat');
  // Staff cannot circulate: it is not news for them.
  await officer.goto(meeting);
  await expect(officer.getByRole('region', { name: 'Needs your attention' })).not.toContainText(title);

  const minister = await signedInPage(browser, head);
  await minister.goto(meeting);
  const waiting = minister
    .getByTestId('attention')
    .getByRole('link', { name: `“${title}” is shared with the secretariat and waits for you to circulate it to all delegations` });
  await expect(waiting).toBeVisible();
  await expectAccessible(minister);
  await waiting.click();
  await expect(minister).toHaveURL(statement);
  await minister.getByRole('button', { name: 'Circulate version 1 to all delegations' }).click();
  await minister.getByRole('dialog').getByRole('button', { name: 'Circulate to all' }).click();
  await expect(minister.getByTestId('visibility')).toHaveText('Circulated to all');
  await minister.goto(meeting);
  await expect(minister.getByRole('region', { name: 'Needs your attention' })).not.toContainText(title);
});
