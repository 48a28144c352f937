import { expect, expectAccessible, MEETING, test } from './fixtures';

// Changes what every page shows (order of precedence, seating, the list of delegations):
// this file runs after all the others, one test at a time (see playwright.config.ts).

const states = (page: import('@playwright/test').Page) =>
  page.getByRole('table').getByRole('rowheader');

test.describe('order of precedence, delegations and the seating plan', () => {
  test('English, French and manual order of precedence', async ({ page, signInAs }) => {
    await signInAs('secretariat@vancouver.test');
    await page.goto(`${MEETING}/delegations`);
    expect((await states(page).allTextContents()).slice(0, 8)).toEqual([
      'Canada', 'United States', 'Australia', 'Belgium', 'Colombia', 'Denmark', 'Ethiopia', 'France',
    ]);

    // French: Afrique du Sud, Australie, Belgique, Colombie, Corée du Sud, Danemark, Espagne…
    await page.getByLabel('In French alphabetical order').check();
    await page.getByRole('button', { name: 'Save the order' }).click();
    await expect(page.getByText('participants in French alphabetical order')).toBeVisible();
    await expect(states(page).nth(2)).toHaveText('South Africa');
    expect((await states(page).allTextContents()).slice(0, 8)).toEqual([
      'Canada', 'United States', 'South Africa', 'Australia', 'Belgium', 'Colombia', 'Republic of Korea', 'Denmark',
    ]);

    // Manual: starts from the order shown, then moves one place at a time, announced.
    await page.getByLabel('In an order I set').check();
    await page.getByRole('button', { name: 'Save the order' }).click();
    await expect(page.getByRole('button', { name: 'Move Australia up' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Move United States down' })).toBeDisabled();
    await page.getByRole('button', { name: 'Move Australia up' }).click();
    await expect(page.getByTestId('form-message').filter({ hasText: 'Moved up.' })).toBeVisible();
    expect((await states(page).allTextContents()).slice(0, 4)).toEqual(['Canada', 'United States', 'Australia', 'South Africa']);
    await expectAccessible(page);

    // Every participant sees the same order.
    const staffPage = await page.context().browser()!.newPage();
    await staffPage.goto('/login');
    await staffPage.getByLabel('Email').fill('kr.staff@vancouver.test');
    await staffPage.getByLabel('Password').fill('vancouver-2018');
    await staffPage.getByRole('button', { name: 'Sign in' }).click();
    await staffPage.waitForURL(MEETING);
    await staffPage.goto(`${MEETING}/delegations`);
    expect((await states(staffPage).allTextContents()).slice(0, 4)).toEqual(['Canada', 'United States', 'Australia', 'South Africa']);
    await expect(staffPage.getByRole('button', { name: /Move .* up/ })).toHaveCount(0);
    await staffPage.close();

    await page.getByLabel('In English alphabetical order').check();
    await page.getByRole('button', { name: 'Save the order' }).click();
    await expect(states(page).nth(2)).toHaveText('Australia');
    await expect(states(page).nth(3)).toHaveText('Belgium');
  });

  test('the secretariat adds a delegation by picking a state; flags are served locally; the list filters by status', async ({ page, signInAs }) => {
    await signInAs('secretariat@vancouver.test');
    await page.goto(`${MEETING}/delegations`);
    await page.getByLabel('State').selectOption({ label: 'Germany' });
    await page.getByLabel('Participation').last().selectOption({ label: 'Invited' });
    await page.getByRole('button', { name: 'Add the delegation' }).click();
    await expect(page.getByTestId('form-message').filter({ hasText: 'Delegation added.' })).toBeVisible();
    const germany = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Germany' }) });
    await expect(germany).toContainText('Invited');
    await expect(page.getByLabel('State').getByRole('option', { name: 'Germany' })).toHaveCount(0);

    const flag = germany.locator('img');
    await expect(flag).toHaveAttribute('alt', '');
    const svg = await page.request.get((await flag.getAttribute('src'))!);
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect((await page.request.get('/flags/zz.svg')).status()).toBe(404);

    await page.getByLabel('Participation', { exact: true }).first().selectOption({ label: 'Declined' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/status=declined/);
    await expect(states(page)).toHaveText(['Ethiopia', 'Luxembourg', 'South Africa']);
    await expectAccessible(page);
  });

  test('the seating plan: co-chairs at the head, a table to choose, seats swapped by keyboard, one printed page', async ({ page, signInAs }) => {
    await signInAs('secretariat@vancouver.test');
    await page.goto(`${MEETING}/delegations`);
    await page.getByRole('link', { name: 'Seating plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Seating plan' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Seating plan of the/ })).toBeVisible();
    const seats = page.getByRole('list').filter({ hasText: 'co-chair, head of the table' }).getByRole('listitem');
    await expect(seats.nth(0)).toContainText('Canada — co-chair, head of the table');
    await expect(seats.nth(2)).toContainText("Australia — to the co-chairs' right");
    await expect(seats.nth(3)).toContainText("Belgium — to the co-chairs' left");
    await expectAccessible(page);

    await page.getByLabel('horseshoe').check();
    await page.getByRole('button', { name: 'Use this table' }).click();
    await expect(page.getByText('The plenary table (horseshoe)')).toBeVisible();

    // Swap Australia (seat 3) and Colombia (seat 5) with the keyboard alone.
    await page.getByLabel('Seat', { exact: true }).focus();
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Swap with')).toBeFocused();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Swap the seats' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('form-message').filter({ hasText: 'Seats swapped.' })).toBeVisible();
    await expect(seats.nth(2)).toContainText('Colombia');
    await expect(seats.nth(4)).toContainText('Australia');
    await expectAccessible(page);

    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Seat everyone in order of precedence again' }).click();
    await expect(seats.nth(2)).toContainText('Australia');
    await page.getByLabel('round table').check();
    await page.getByRole('button', { name: 'Use this table' }).click();
    await expect(page.getByText('The plenary table (round table)')).toBeVisible();
  });
});
