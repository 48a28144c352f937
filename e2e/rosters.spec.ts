import Papa from 'papaparse';
import { expect, expectAccessible, MEETING, test } from './fixtures';
import { RosterPage } from './pages/roster-page';

test.describe('rosters', () => {
  test('a staff member adds, edits and removes a member of their own delegation', async ({ page, signInAs }) => {
    const roster = new RosterPage(page);
    await signInAs('be.staff@vancouver.test');
    await roster.goto('be');
    await expectAccessible(page);
    await roster.addMemberLink().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a member to the delegation of Belgium' })).toBeVisible();
    await expectAccessible(page);

    // Bad input is named next to its field, and what was typed stays.
    await roster.fillMember({ name: 'Anneke Van der Straeten', title: 'Adviser, Sanctions', function: 'Adviser', email: 'not an address' });
    await page.getByRole('button', { name: 'Add the member' }).click();
    await expect(page.locator('#email-error')).toHaveText('Enter an e-mail address such as name@example.org.');
    await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Name')).toHaveValue('Anneke Van der Straeten');

    await roster.fillMember({ email: 'anneke.vanderstraeten@diplobel.fed.be.example', arrival: '2018-01-15T09:30' });
    await page.getByRole('button', { name: 'Add the member' }).click();
    await expect(page).toHaveURL(`${MEETING}/delegations/be`);
    const row = roster.memberRow('Anneke Van der Straeten');
    await expect(row).toContainText('anneke.vanderstraeten@diplobel.fed.be.example');
    await expect(row).toContainText('Requested');
    await expect(row).toContainText('15 Jan 2018, 09:30');

    await roster.editLink('Anneke Van der Straeten').click();
    // Accreditation is the secretariat's: the delegation sees it, cannot set it.
    await expect(page.getByRole('combobox', { name: 'Accreditation' })).toHaveCount(0);
    await expectAccessible(page);
    await roster.fillMember({ title: 'Senior Adviser, Sanctions' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(roster.memberRow('Anneke Van der Straeten')).toContainText('Senior Adviser, Sanctions');

    // A second head of delegation is refused, and nothing changes.
    await roster.editLink('Anneke Van der Straeten').click();
    await roster.fillMember({ function: 'Head of delegation' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#function-error')).toContainText('already has a head of delegation');
    await roster.goto('be');
    await expect(roster.memberRow('Anneke Van der Straeten')).toContainText('Adviser');
    await expect(roster.memberRow('Didier Reynders')).toContainText('Head of delegation');

    await roster.editLink('Anneke Van der Straeten').click();
    await page.getByRole('button', { name: 'Remove…' }).click();
    const question = page.getByRole('dialog');
    await expect(question.getByRole('heading')).toHaveText('Remove Anneke Van der Straeten from the roster of Belgium?');
    await question.getByRole('button', { name: 'Remove Anneke Van der Straeten' }).click();
    await expect(page).toHaveURL(`${MEETING}/delegations/be`);
    await expect(roster.memberRow('Anneke Van der Straeten')).toHaveCount(0);
  });

  test("another delegation's roster: no editing in the interface, no contact details on the page or in the CSV", async ({ page, signInAs }) => {
    const roster = new RosterPage(page);
    await signInAs('be.staff@vancouver.test');
    await roster.goto('nl');
    await expect(roster.memberRow('Halbe Zijlstra')).toBeVisible();
    await expect(roster.addMemberLink()).toHaveCount(0);
    await expect(roster.importLink()).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0);
    await expect(roster.emailColumn()).toHaveCount(0);
    await expect(page.getByText('@minbuza.nl')).toHaveCount(0);
    await expectAccessible(page);

    for (const path of ['members/new', 'import']) {
      const response = await page.goto(`${MEETING}/delegations/nl/${path}`);
      expect([403, 404]).toContain(response?.status());
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    }

    const csv = await page.request.get(`${MEETING}/delegations/csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toContain('filename="vancouver-2018-participants.csv"');
    const body = await csv.text();
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(body.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0])).toEqual(['Delegation', 'Name', 'Title', 'Function', 'E-mail', 'Accreditation', 'Arrival', 'Departure']);
    // Delegations in order of precedence, one row per person, a function for each.
    expect(rows[0]).toMatchObject({ Delegation: 'Canada', Name: 'Chrystia Freeland', Function: 'Head of delegation' });
    const dutch = rows.filter((r) => r.Delegation === 'Netherlands');
    expect(dutch.map((r) => r.Name)).toContain('Halbe Zijlstra');
    expect(dutch.every((r) => r['E-mail'] === '' && r.Accreditation === '' && r.Arrival === '')).toBe(true);
    const own = rows.filter((r) => r.Delegation === 'Belgium');
    expect(own.some((r) => r['E-mail'].endsWith('@diplobel.fed.be.example'))).toBe(true);
    expect(own.every((r) => r.Accreditation !== '')).toBe(true);
  });

  test("a direct request to the action for another delegation's member is refused and changes nothing", async ({ page, browser, signInAs }) => {
    // The secretariat sees every roster's edit links: that is how we learn a Dutch member's id.
    const secretariat = await browser.newContext();
    const secretariatPage = await secretariat.newPage();
    await secretariatPage.goto('/login');
    await secretariatPage.getByLabel('Email').fill('secretariat@vancouver.test');
    await secretariatPage.getByLabel('Password').fill('vancouver-2018');
    await secretariatPage.getByRole('button', { name: 'Sign in' }).click();
    await secretariatPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    const dutchRoster = new RosterPage(secretariatPage);
    await dutchRoster.goto('nl');
    const dutchHref = await dutchRoster.editLink('Marloes van der Heijden').getAttribute('href');
    const dutchId = dutchHref!.split('/').pop()!;
    const before = await dutchRoster.memberRow('Marloes van der Heijden').textContent();

    // Be a Belgian staff member, and capture what the edit form really sends.
    const roster = new RosterPage(page);
    await signInAs('be.staff@vancouver.test');
    await roster.goto('be');
    await roster.editLink('Els Vandenbroucke').click();
    const sent = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await page.getByRole('button', { name: 'Save' }).click();
    const request = await sent;
    await expect(page).toHaveURL(`${MEETING}/delegations/be`);

    // Replay it outside the interface, aimed at the Dutch member. The fields keep their
    // order: React reads the arguments' root entry last.
    const captured = await new Response(new Uint8Array(request.postDataBuffer()!), { headers: { 'content-type': request.headers()['content-type'] } }).formData();
    const forged: Record<string, string> = { code: 'nl', memberId: dutchId, version: '1', fullName: 'Overwritten By Belgium' };
    const replay = new FormData();
    for (const [key, value] of captured) {
      const name = /^_?\d+_(.+)$/.exec(key)?.[1];
      replay.append(key, name && name in forged ? forged[name] : String(value));
    }
    const reply = await page.request.post(request.url(), {
      headers: { 'next-action': request.headers()['next-action'], accept: 'text/x-component' },
      multipart: replay,
    });
    expect(await reply.text()).toContain('"message":"forbidden"');

    await dutchRoster.goto('nl');
    await expect(dutchRoster.memberRow('Marloes van der Heijden')).toHaveText(before!);
    await expect(secretariatPage.getByText('Overwritten By Belgium')).toHaveCount(0);
    await secretariat.close();
  });
});
