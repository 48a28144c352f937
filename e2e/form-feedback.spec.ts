import { expect, expectAccessible, test } from './fixtures';
import { createMeeting } from './new-meeting';
import { AccountsPage } from './pages/accounts-page';
import { AgendaPage } from './pages/agenda-page';

test.describe('what a form says back', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('secretariat@vancouver.test');
  });

  test('an account refused for its e-mail keeps the name, the role and the delegation chosen', async ({ page }) => {
    const accounts = new AccountsPage(page, await createMeeting(page));
    await accounts.goto();
    await accounts.create({ name: 'Anniken Huitfeldt', email: 'not an address', role: 'head of delegation', delegation: 'Norway' });
    const form = page.getByRole('region', { name: 'Create an account' });
    await expect(form.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Name')).toHaveValue('Anniken Huitfeldt');
    await expect(form.getByLabel('E-mail')).toHaveValue('not an address');
    await expect(form.getByLabel('Role')).toHaveValue('head');
    await expect(form.getByLabel('Delegation')).toHaveValue('no');
  });

  test('an agenda item refused for its times keeps the kind chosen', async ({ page }) => {
    const agenda = new AgendaPage(page, await createMeeting(page));
    await agenda.goto();
    const form = await agenda.addItem({ title: 'Working lunch', kind: 'Meal', startsAt: '2027-03-10T13:00', endsAt: '2027-03-10T12:00', location: 'Harpa, Ríma' });
    await expect(form.getByLabel('End', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Kind')).toHaveValue('meal');
    await expect(form.getByLabel('Title')).toHaveValue('Working lunch');
    await expect(form.getByLabel('Location (room)')).toHaveValue('Harpa, Ríma');
  });

  test('“saved, but the room is taken” is a notice, not an error', async ({ page }) => {
    const agenda = new AgendaPage(page, await createMeeting(page));
    await agenda.goto();
    const room = 'Harpa, Silfurberg';
    const first = await agenda.addItem({ title: 'Opening session', startsAt: '2027-03-10T10:00', endsAt: '2027-03-10T11:00', location: room });
    await expect(AgendaPage.message(first)).toHaveText(/^Added as a draft/);
    await expect(AgendaPage.message(first)).toHaveAttribute('data-tone', 'success');
    const second = await agenda.addItem({ title: 'Press briefing', kind: 'Press', startsAt: '2027-03-10T10:30', endsAt: '2027-03-10T11:30', location: room });
    const notice = AgendaPage.message(second);
    await expect(notice).toHaveText(/^Saved, but another item is in the same room at the same time/);
    await expect(notice).toHaveRole('status');
    await expect(notice).toHaveAttribute('data-tone', 'notice');
    // Neutral: the page's own paper, not the red of a refusal.
    expect(await notice.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expectAccessible(page);
  });
});
