import { expect, expectAccessible, MEETING, test } from './fixtures';
import { createAccount, createMeeting } from './new-meeting';

test.describe('the meeting and its sections', () => {
  test('the overview shows the meeting, its time in the meeting zone, co-chairs and participants', async ({ page, signInAs }) => {
    await signInAs('kr.staff@vancouver.test');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Vancouver Foreign Ministers' Meeting on Security and Stability on the Korean Peninsula",
    );
    await expect(page.getByText('Vancouver Convention Centre West, Vancouver')).toBeVisible();
    await expect(page.getByText('15 January 2018 at 18:00 – 16 January 2018 at 18:00')).toBeVisible();
    await expect(page.getByText('Pacific Standard Time (America/Vancouver)')).toBeVisible();
    await expect(page.getByText('Canada — Chrystia Freeland')).toBeVisible();
    await expect(page.getByText(/United States — Rex W\. Tillerson/)).toBeVisible();
    await expect(page.getByTestId('participating-count')).toHaveText('20 delegations');
    await expect(page.getByTestId('viewer-identity')).toHaveText('Republic of Korea · staff');
    await expectAccessible(page);
  });

  test('every section opens from the navigation and passes axe', async ({ page, signInAs }) => {
    await signInAs('jp.head@vancouver.test');
    const nav = page.getByRole('navigation', { name: 'Meeting sections' });
    const sections = [
      { link: 'Delegations', heading: 'Delegations' },
      { link: 'Agenda', heading: 'Agenda' },
      { link: 'Positions', heading: 'Position statements' },
      { link: 'Documents', heading: 'Documents' },
      { link: 'Bilaterals', heading: 'Bilaterals' },
      { link: 'Overview', heading: /Vancouver Foreign Ministers/ },
    ];
    for (const { link, heading } of sections) {
      await nav.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
      await expectAccessible(page);
    }
  });

  test('delegations are listed co-chairs first, then alphabetically, with rosters behind them', async ({ page, signInAs }) => {
    await signInAs('jp.staff@vancouver.test');
    await page.goto(`${MEETING}/delegations`);
    const states = page.getByRole('table').getByRole('rowheader');
    await expect(states.nth(0)).toHaveText('Canada');
    await expect(states.nth(1)).toHaveText('United States');
    await expect(states.nth(2)).toHaveText('Australia');
    await page.getByRole('link', { name: 'Turkey' }).click();
    await expect(page.getByRole('rowheader', { name: 'Mevlüt Çavuşoğlu' })).toBeVisible();
    // Another delegation's contact details stay with that delegation and the secretariat.
    await expect(page.getByRole('columnheader', { name: 'E-mail' })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto(`${MEETING}/delegations/jp`);
    await expect(page.getByRole('columnheader', { name: 'E-mail' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the draft summary, the programme and a circulated statement can be read', async ({ page, signInAs }) => {
    await signInAs('au.staff@vancouver.test');
    await page.goto(`${MEETING}/documents`);
    await page.getByRole('link', { name: /Co-Chairs’ Summary|Co-Chairs' Summary/ }).click();
    await expect(page.getByText('Vancouver, 16 January 2018')).toBeVisible();
    await expect(page.getByText('Bracketed').first()).toBeVisible();
    await expectAccessible(page);

    await page.goto(`${MEETING}/agenda`);
    await expect(page.getByRole('heading', { level: 2, name: /15 January 2018/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /16 January 2018/ })).toBeVisible();

    await page.goto(`${MEETING}/positions`);
    await page.getByRole('table').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Versions' })).toBeVisible();
    await expectAccessible(page);
  });

  test('an unknown meeting or record answers 404', async ({ page, signInAs }) => {
    await signInAs('jp.staff@vancouver.test');
    for (const path of ['/meetings/no-such-meeting', `${MEETING}/delegations/zz`, `${MEETING}/positions/999999`, `${MEETING}/documents/abc`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    }
  });

  test('the interface switches to French and back; the choice is kept and html lang follows', async ({ page, signInAs }) => {
    await signInAs('fr.staff@vancouver.test');
    await page.goto(`${MEETING}/agenda`);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Rubriques de la réunion' }).getByRole('link', { name: 'Délégations' })).toBeVisible();
    // Meeting content stays in the language it was written in.
    await page.goto(MEETING);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Vancouver Foreign Ministers' Meeting/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Delegations' })).toBeVisible();
  });

  test('the layout works by keyboard: the skip link reaches the main content', async ({ page, signInAs }) => {
    await signInAs('it.staff@vancouver.test');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the pages fit a phone-sized screen', async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signInAs('ph.staff@vancouver.test');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });

  test('a page preloads only the Latin faces, and one with a name such as Çavuşoğlu fetches the Latin Extended ones', async ({ page, signInAs }) => {
    await signInAs('secretariat@vancouver.test');
    const meeting = await createMeeting(page);
    await page.goto(meeting);
    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(preloaded).toHaveLength(6);
    expect(preloaded.filter((href) => href.includes('latin_ext'))).toEqual([]);
    const extendedFacesLoaded = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const family = getComputedStyle(document.documentElement).getPropertyValue('--font-sans-latin-ext').split(',')[0].replace(/['"]/g, '').trim();
        return [...document.fonts].filter((face) => face.family.replace(/['"]/g, '') === family && face.status === 'loaded').length;
      });
    expect(await extendedFacesLoaded()).toBe(0);

    await createAccount(page, meeting, { name: 'Mevlüt Çavuşoğlu', role: 'head of delegation', delegation: 'Norway' });
    await expect(page.getByRole('rowheader', { name: 'Mevlüt Çavuşoğlu' })).toBeVisible();
    await expect.poll(extendedFacesLoaded).toBeGreaterThan(0);
  });
});
