import ICAL from 'ical.js';
import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, MEETING, test } from './fixtures';
import { AgendaPage, named } from './pages/agenda-page';
import { LoginPage } from './pages/login-page';

// The tests share one programme and change it: one at a time, in order. Several people
// at several browsers, with axe on long pages: more time than one page needs.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SECRETARIAT = 'secretariat@vancouver.test';

/** A second person at their own browser, signed in. */
async function personAt(browser: Browser, email: string, options: { timezoneId?: string } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

test.describe('the programme', () => {
  test('the secretariat builds a day with errors shown next to the fields, then publishes it', async ({ page, signInAs, browser }) => {
    await signInAs(SECRETARIAT);
    const agenda = new AgendaPage(page);
    await agenda.goto();
    await expectAccessible(page);

    let form = await agenda.openAddForm();
    await form.getByRole('button', { name: 'Add the item as a draft' }).click();
    await expect(form.locator('#new-item-title-error')).toHaveText('This field is required.');
    await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('#new-item-startsAt-error')).toHaveText('This field is required.');

    await AgendaPage.fill(form, { title: 'Heads of delegation briefing', startsAt: '2018-01-15T16:00', endsAt: '2018-01-15T15:00', location: 'Harbour Salon, Level 2' });
    await form.getByRole('button', { name: 'Add the item as a draft' }).click();
    await expect(form.locator('#new-item-endsAt-error')).toHaveText('The end must come after the start.');
    // Nothing typed is lost on a refusal.
    await expect(form.getByLabel('Title')).toHaveValue('Heads of delegation briefing');
    await expect(form.getByLabel('Location (room)')).toHaveValue('Harbour Salon, Level 2');

    await AgendaPage.fill(form, { startsAt: '2018-01-14T16:00', endsAt: '2018-01-14T17:00' });
    await form.getByRole('button', { name: 'Add the item as a draft' }).click();
    await expect(form.locator('#new-item-startsAt-error')).toHaveText("Choose a time within the meeting's dates.");
    await expectAccessible(page);

    await AgendaPage.fill(form, { startsAt: '2018-01-15T16:00', endsAt: '2018-01-15T17:00', chair: 'Chrystia Freeland' });
    await form.getByRole('button', { name: 'Add the item as a draft' }).click();
    await expect(AgendaPage.message(form)).toHaveText('Added as a draft. Delegations will see it once it is published.');
    await expect(form.getByLabel('Title')).toHaveValue('');
    await expect(agenda.item('Heads of delegation briefing')).toContainText('Draft — not yet published');

    form = await agenda.addItem({
      title: 'Badge collection',
      kind: 'Bilateral slot',
      startsAt: '2018-01-15T14:00',
      endsAt: '2018-01-15T16:30',
      location: 'harbour salon, level 2',
    });
    await expect(AgendaPage.message(form)).toHaveText(/^Saved, but another item is in the same room at the same time/);
    await expect(agenda.item('Badge collection')).toContainText('Same room at the same time as “Heads of delegation briefing”.');

    const japan = await personAt(browser, 'jp.staff@vancouver.test');
    const delegationView = new AgendaPage(japan);
    await delegationView.goto();
    await expect(delegationView.item('Heads of delegation briefing')).toHaveCount(0);

    await page.getByRole('button', { name: 'Publish the drafts of 15 January 2018 (2)' }).click();
    await expect(agenda.item('Heads of delegation briefing')).not.toContainText('Draft');
    await expect(agenda.item('Badge collection')).not.toContainText('Draft');

    await delegationView.goto();
    expect(await delegationView.numberOf('Badge collection')).toBe(1);
    expect(await delegationView.numberOf('Heads of delegation briefing')).toBe(2);
    expect(await delegationView.numberOf('Welcome dinner')).toBe(3);
    // A room overlap is the secretariat's concern, not the delegations'.
    await expect(delegationView.item('Badge collection')).not.toContainText('Same room');
    await expectAccessible(japan);
    await japan.context().close();
  });

  test('delegations see only published items, on the page and in the calendar', async ({ page, signInAs, browser }) => {
    await signInAs(SECRETARIAT);
    const agenda = new AgendaPage(page);
    await agenda.goto();
    const form = await agenda.addItem({ title: 'Closing reception (to be confirmed)', kind: 'Meal', startsAt: '2018-01-16T18:30', endsAt: '2018-01-16T20:00', location: 'Harbour Salon, Level 2' });
    await expect(AgendaPage.message(form)).toHaveText(/Added as a draft/);
    await expect(agenda.item('Closing reception')).toContainText('Draft');
    expect(await agenda.numberOf('Closing reception')).toBeNull();

    const korea = await personAt(browser, 'kr.head@vancouver.test');
    const delegationView = new AgendaPage(korea);
    await delegationView.goto();
    await expect(delegationView.item('Session 1: Implementation of sanctions')).toBeVisible();
    await expect(delegationView.item('Closing reception')).toHaveCount(0);
    await expect(korea.getByText('Draft — not yet published')).toHaveCount(0);
    const published = await korea.getByRole('article').count();

    const response = await korea.request.get(`${MEETING}/agenda/ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-disposition']).toContain('filename="vancouver-2018-programme.ics"');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(published);
    expect(events.map((e) => e.summary)).not.toContain('Closing reception (to be confirmed)');
    const session = events.find((e) => e.summary === 'Session 1: Implementation of sanctions')!;
    expect(session.uid).toMatch(/^agenda-item-\d+@vancouver-2018\.vancouver-group$/);
    expect(session.startDate.zone.tzid).toBe('America/Vancouver');
    expect(session.startDate.toJSDate()).toEqual(new Date('2018-01-16T17:00:00Z'));
    expect(session.location).toBe('Coal Harbour Ballroom, Level 3');

    // The secretariat's export holds the published programme too, not its drafts; the same UIDs.
    const own = new ICAL.Component(ICAL.parse(await (await page.request.get(`${MEETING}/agenda/ics`)).text()));
    expect(own.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.uid));

    const elsewhere = await korea.request.get('/meetings/no-such-meeting/agenda/ics');
    expect(elsewhere.status()).toBe(404);
    expect(await elsewhere.json()).toEqual({ error: 'not_found' });
    await korea.context().close();
  });

  test('the secretariat reorders by keyboard alone; the move is announced and the numbering follows', async ({ page, signInAs }) => {
    await signInAs(SECRETARIAT);
    const agenda = new AgendaPage(page);
    await agenda.goto();
    const sanctions = 'Session 1: Implementation of sanctions';
    const maritime = 'Session 2: Maritime interdiction';
    const before = (await agenda.numberOf(sanctions))!;
    expect(await agenda.numberOf(maritime)).toBe(before + 1);

    await agenda.item(sanctions).getByRole('button', { name: named('Move item down', sanctions) }).focus();
    await page.keyboard.press('Enter');
    await expect(agenda.announcement()).toHaveText(`“${sanctions}” moved down: now 3 of 7 on 16 January 2018.`);
    await expect.poll(() => agenda.numberOf(sanctions)).toBe(before + 1);
    expect(await agenda.numberOf(maritime)).toBe(before);
    await expect(agenda.item(sanctions).getByRole('button', { name: named('Move item down', sanctions) })).toBeFocused();
    await expectAccessible(page);

    await page.keyboard.press('Shift+Tab');
    await expect(agenda.item(sanctions).getByRole('button', { name: named('Move item up', sanctions) })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(agenda.announcement()).toHaveText(`“${sanctions}” moved up: now 2 of 7 on 16 January 2018.`);
    await expect.poll(() => agenda.numberOf(sanctions)).toBe(before);

    // The only item of its day cannot move: its buttons are disabled.
    await expect(agenda.item('Welcome dinner').getByRole('button', { name: /^Move item down/ })).toBeDisabled();
  });

  test('the secretariat reorders by drag and drop within a day', async ({ page, signInAs }) => {
    // A native drag does not scroll the page: both items must be on screen.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await signInAs(SECRETARIAT);
    const agenda = new AgendaPage(page);
    await agenda.goto();
    const lunch = 'Working lunch';
    const maritime = 'Session 2: Maritime interdiction';
    const before = (await agenda.numberOf(maritime))!;
    expect(await agenda.numberOf(lunch)).toBe(before + 1);
    await agenda.item(maritime).scrollIntoViewIfNeeded();
    await agenda.item(lunch).locator('[draggable="true"]').dragTo(agenda.item(maritime), { targetPosition: { x: 40, y: 10 } });
    await expect(agenda.announcement()).toHaveText(`“${lunch}” moved up: now 3 of 7 on 16 January 2018.`);
    await expect.poll(() => agenda.numberOf(lunch)).toBe(before);
    expect(await agenda.numberOf(maritime)).toBe(before + 1);

    await agenda.item(lunch).getByRole('button', { name: named('Move item down', lunch) }).click();
    await expect.poll(() => agenda.numberOf(lunch)).toBe(before + 1);
  });

  test('a delegation asks for the floor, sees its place, and the secretariat accepts and times it', async ({ page, signInAs, browser }) => {
    await signInAs('se.staff@vancouver.test');
    const agenda = new AgendaPage(page);
    await agenda.goto();
    const session = agenda.item('Session 1: Implementation of sanctions');
    await session.getByRole('button', { name: named('Ask for the floor', 'Session 1: Implementation of sanctions') }).click();
    // Sweden comes after the Netherlands in the order of precedence, so last of nine.
    await expect(session.getByTestId('own-place')).toHaveText('Your place: 9 of 9 (requested, awaiting the secretariat).');
    await expect(session.getByRole('listitem').filter({ hasText: 'Sweden' })).toHaveText('Sweden — requested');
    await expectAccessible(page);

    const host = await personAt(browser, SECRETARIAT);
    const hostView = new AgendaPage(host);
    await hostView.goto();
    const list = hostView.item('Session 1: Implementation of sanctions');
    await list.getByRole('button', { name: named('Accept', 'Sweden') }).click();
    await expect(list.getByRole('button', { name: named('Accept', 'Sweden') })).toHaveCount(0);
    await list.getByRole('spinbutton', { name: /^Minutes\s*for Sweden$/ }).fill('0');
    await list.getByRole('button', { name: /^Save speaking times/ }).click();
    await expect(list.locator('[id^="minutes-"][id$="-error"]')).toHaveText('Enter whole minutes from 1 to 60, or leave empty.');
    await list.getByRole('spinbutton', { name: /^Minutes\s*for Sweden$/ }).fill('3');
    await list.getByRole('button', { name: /^Save speaking times/ }).click();
    await expect(list.getByText('Speaking times saved.')).toBeVisible();
    await list.getByRole('button', { name: named('Move up', 'Sweden') }).focus();
    await host.keyboard.press('Enter');
    await expect(list.getByRole('status').filter({ hasText: 'Sweden is now' })).toHaveText('Sweden is now 8 of 9.');
    await expectAccessible(host);
    await host.context().close();

    await agenda.goto();
    await expect(session.getByTestId('own-place')).toHaveText('Your place: 8 of 9 (accepted).');
    await expect(session.getByRole('listitem').filter({ hasText: 'Sweden' })).toHaveText('Sweden — 3 minutes');
  });

  test('a delegation gets no editing controls, and a direct request to edit is refused', async ({ page, signInAs, browser }) => {
    await signInAs('jp.head@vancouver.test');
    const agenda = new AgendaPage(page);
    await agenda.goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
    for (const control of [/^Move/, /^Publish/, /^Save/, /^Accept/, /^Remove/]) {
      await expect(page.getByRole('button', { name: control })).toHaveCount(0);
    }
    await expect(page.getByText('Add an item')).toHaveCount(0);
    await expect(page.locator('summary', { hasText: 'Edit' })).toHaveCount(0);

    // The secretariat's own request, replayed with the delegation's session.
    const host = await personAt(browser, SECRETARIAT);
    const hostView = new AgendaPage(host);
    await hostView.goto();
    const posted = host.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']));
    await hostView.addItem({ title: 'Sherpa coordination', startsAt: '2018-01-16T07:00', endsAt: '2018-01-16T07:45', location: 'Room 12' });
    const request = await posted;
    await expect(hostView.item('Sherpa coordination')).toHaveCount(1);

    const replay = await page.request.post(request.url(), {
      headers: {
        'next-action': request.headers()['next-action'],
        'content-type': request.headers()['content-type'],
        accept: 'text/x-component',
        origin: new URL(request.url()).origin,
      },
      data: request.postDataBuffer()!,
    });
    expect(await replay.text()).toContain('"message":"forbidden"');
    await hostView.goto();
    await expect(hostView.item('Sherpa coordination')).toHaveCount(1);
    await host.context().close();
  });

  test('two secretariat members edit the same item: the later save sees both versions and nothing is lost', async ({ browser }) => {
    const first = await personAt(browser, SECRETARIAT);
    const second = await personAt(browser, SECRETARIAT);
    const [one, two] = [new AgendaPage(first), new AgendaPage(second)];
    await one.goto();
    await two.goto();
    const title = 'Working lunch';
    const firstForm = await one.openEditForm(title);
    const secondForm = await two.openEditForm(title);

    await AgendaPage.fill(firstForm, { location: 'Cypress Dining Room, Level 2 (east)' });
    await firstForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(AgendaPage.message(firstForm)).toHaveText('Saved.');

    await AgendaPage.fill(secondForm, { chair: 'Rex W. Tillerson' });
    await secondForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(AgendaPage.message(secondForm)).toHaveText(/^Someone else saved this in the meantime/);
    const comparison = secondForm.getByRole('region', { name: 'Your version and the current one' });
    await expect(comparison.getByRole('row', { name: /Location/ })).toContainText('Cypress Dining Room, Level 2Cypress Dining Room, Level 2 (east)');
    await expect(comparison.getByRole('row', { name: /Chair/ })).toContainText('Rex W. TillersonChrystia Freeland and Rex W. Tillerson');
    await expect(comparison.getByRole('row', { name: /Location/ })).toContainText('differs');
    await expectAccessible(second);

    // Nothing was overwritten meanwhile.
    await one.goto();
    await expect(one.item(title)).toContainText('Cypress Dining Room, Level 2 (east)');
    await expect(one.item(title)).toContainText('Chair: Chrystia Freeland and Rex W. Tillerson');

    await comparison.getByRole('button', { name: 'Take the current version' }).click();
    await expect(secondForm.getByLabel('Location (room)')).toHaveValue('Cypress Dining Room, Level 2 (east)');
    await expect(secondForm.getByLabel('Chair')).toHaveValue('Chrystia Freeland and Rex W. Tillerson');
    await AgendaPage.fill(secondForm, { chair: 'Rex W. Tillerson' });
    await secondForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(AgendaPage.message(secondForm)).toHaveText('Saved.');
    await expect(two.item(title)).toContainText('Chair: Rex W. Tillerson');
    await expect(two.item(title)).toContainText('Cypress Dining Room, Level 2 (east)');
    await first.context().close();
    await second.context().close();

    // Delegations see what changed after publication, and when.
    const delegation = await personAt(browser, 'nz.staff@vancouver.test');
    const view = new AgendaPage(delegation);
    await view.goto();
    const changes = view.item(title).getByText('Changed after publication').locator('..');
    await expect(changes).toContainText('Location: Cypress Dining Room, Level 2 → Cypress Dining Room, Level 2 (east)');
    await expect(changes).toContainText('Chair: Chrystia Freeland and Rex W. Tillerson → Rex W. Tillerson');
    await expect(changes.locator('time')).toHaveCount(2);
    await delegation.context().close();
  });

  test('the viewer’s own clock shows beside the meeting’s, and “now” and “next” follow the time', async ({ browser }) => {
    const seoul = await personAt(browser, 'kr.staff@vancouver.test', { timezoneId: 'Asia/Seoul' });
    await seoul.clock.setFixedTime(new Date('2018-01-16T10:00:00-08:00'));
    const agenda = new AgendaPage(seoul);
    await agenda.goto();
    const session = agenda.item('Session 1: Implementation of sanctions');
    await expect(session).toContainText('09:00–10:45');
    await expect(session.getByText(/^Your time:/)).toHaveText(/^Your time: Wed 17 Jan, 02:00\s?–\s?03:45 \(Korean Standard Time\)$/);
    await expect(session.getByRole('heading', { level: 3 })).toContainText('Now');
    await expect(agenda.item('Session 2: Maritime interdiction').getByRole('heading', { level: 3 })).toContainText('Next');
    await expect(agenda.item('Welcome dinner').getByRole('heading', { level: 3 })).not.toContainText(/Now|Next/);
    await expectAccessible(seoul);

    await seoul.clock.setFixedTime(new Date('2018-01-16T13:00:00-08:00'));
    await agenda.goto();
    await expect(agenda.item('Working lunch').getByRole('heading', { level: 3 })).toContainText('Now');
    await expect(session.getByRole('heading', { level: 3 })).not.toContainText('Now');

    // After the meeting, nothing is "now".
    await seoul.clock.setFixedTime(new Date('2018-01-17T10:00:00-08:00'));
    await agenda.goto();
    await expect(seoul.getByText('Now', { exact: true })).toHaveCount(0);
    await seoul.context().close();

    const vancouver = await personAt(browser, 'kr.staff@vancouver.test', { timezoneId: 'America/Vancouver' });
    const local = new AgendaPage(vancouver);
    await local.goto();
    await expect(local.item('Session 1: Implementation of sanctions')).toContainText('09:00–10:45');
    await expect(vancouver.getByText(/^Your time:/)).toHaveCount(0);
    await vancouver.context().close();
  });

  test('deleting an item asks first in a dialog naming it; Escape keeps it, confirming deletes it', async ({ page, signInAs }) => {
    await signInAs(SECRETARIAT);
    const agenda = new AgendaPage(page);
    await agenda.goto();
    const title = `Photo opportunity ${Date.now().toString(36)}`;
    const form = await agenda.addItem({ title, startsAt: '2018-01-16T12:00', endsAt: '2018-01-16T12:15', location: 'Terrace' });
    await expect(AgendaPage.message(form)).toContainText('Added as a draft');
    const card = agenda.item(title);
    const remove = card.getByRole('button', { name: named('Delete', title) });
    await remove.click();
    const question = page.getByRole('dialog');
    await expect(question.getByRole('heading')).toHaveText(`Delete the agenda item “${title}”?`);
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(remove).toBeFocused();
    await expect(card).toBeVisible();

    await remove.click();
    await question.getByRole('button', { name: 'Delete the item' }).click();
    await expect(card).toHaveCount(0);
  });
});
