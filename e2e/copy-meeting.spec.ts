import { randomBytes } from 'node:crypto';
import { expect, expectAccessible, test } from './fixtures';
import { createMeeting } from './new-meeting';
import { AgendaPage } from './pages/agenda-page';
import { MeetingFormPage } from './pages/meeting-form-page';

// The browser's zone is the one "Create a meeting" proposes: the source meeting is on
// Reykjavík's clock (UTC all year), the copy on Oslo's (UTC+1 in March).
test.use({ timezoneId: 'Atlantic/Reykjavik' });

test('the secretariat copies a meeting of its own to new dates: delegations invited again, the agenda shifted', async ({ page, signInAs }) => {
  test.setTimeout(150_000);
  await signInAs('secretariat@vancouver.test');
  // 10–11 March 2027, Wednesday and Thursday.
  const source = await createMeeting(page);

  // A delegation that has confirmed, and an item on the second day.
  await page.goto(`${source}/delegations`);
  await page.getByLabel('State').selectOption({ label: 'Finland' });
  await page.getByLabel('Participation').last().selectOption({ label: 'Confirmed' });
  await page.getByRole('button', { name: 'Add the delegation' }).click();
  const row = (code: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: code }) });
  await expect(row('Finland')).toContainText('Confirmed');
  await page.goto(`${source}/agenda`);
  const agenda = new AgendaPage(page);
  const form = await agenda.addItem({ title: 'Search and rescue cooperation', kind: 'Working session', startsAt: '2027-03-11T14:00', endsAt: '2027-03-11T15:30', location: 'Kaldalón' });
  await expect(AgendaPage.message(form)).toHaveText(/^Added as a draft/);

  // From the settings, "Copy this meeting".
  await page.goto(`${source}/settings`);
  await page.getByRole('link', { name: 'Copy this meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Copy this meeting' })).toBeVisible();
  await expectAccessible(page);

  const suffix = randomBytes(3).toString('hex');
  const copy = new MeetingFormPage(page);
  const title = `Oslo Ministerial Meeting on Arctic Cooperation ${suffix}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Short title').fill(`Oslo ${suffix}`);
  await page.getByLabel('Document symbol code').fill('OSL/2027');
  await expect(copy.timeZone()).toHaveValue('Atlantic/Reykjavik');
  await copy.timeZone().fill('Europe/Oslo');
  const submit = page.getByRole('button', { name: 'Create the copy' });

  // Bad input is refused at its field, and nothing is saved: a taken address, an end before the start.
  await copy.slug().fill(source.split('/').pop()!);
  await page.getByLabel('Starts').fill('2028-03-08T09:00');
  await page.getByLabel('Ends').fill('2028-03-07T17:00');
  await submit.click();
  await expect(copy.fieldError('slug')).toHaveText('Another meeting already has this address. Choose another one.');
  await copy.slug().fill(`oslo-${suffix}`);
  await submit.click();
  await expect(copy.fieldError('endsAt')).toHaveText('The end must come after the start.');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);

  // One day only: the second day's item would fall outside, and is named.
  await page.getByLabel('Ends').fill('2028-03-08T18:00');
  await submit.click();
  const outside = page.getByRole('status').filter({ hasText: 'These agenda items would fall outside the new dates:' });
  await expect(outside).toContainText('2028-03-09 14:00 — Search and rescue cooperation');
  await expect(copy.fieldError('endsAt')).toHaveText(/The copied agenda would fall outside the new dates/);
  await expectAccessible(page);

  await page.getByLabel('Ends').fill('2028-03-09T17:00');
  await submit.click();
  await page.waitForURL(`/meetings/oslo-${suffix}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Every delegation, invited again; the co-chairs are co-chairs still.
  await page.goto(`/meetings/oslo-${suffix}/delegations`);
  for (const state of ['Finland', 'Iceland', 'Norway']) await expect(row(state)).toContainText('Invited');
  await expect(row('Norway')).toContainText('Co-chair');

  // The item: the same day of the meeting and clock time, on Oslo's clock (13:00 UTC), a draft.
  await page.goto(`/meetings/oslo-${suffix}/agenda`);
  const item = agenda.item('Search and rescue cooperation');
  await expect(page.getByRole('region', { name: /9 March 2028/ }).getByRole('article')).toHaveCount(1);
  await expect(item.locator('time').first()).toHaveAttribute('datetime', '2028-03-09T13:00:00.000Z');
  await expect(item).toContainText('14:00');
  await expect(item).toContainText('15:30');
  await expect(item).toContainText('Working session · Kaldalón');
  await expect(item).toContainText('Draft — not yet published');

  // The copy is one of the secretariat's meetings, upcoming.
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('link', { name: title })).toBeVisible();
});
