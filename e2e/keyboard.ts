import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as someone without a mouse
 * would; fails after `limit` presses. Returns the number of presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 400 } = {}): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return presses;
  }
  throw new Error(`${target} was not reached in ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element shows a focus ring: an outline or a box shadow a sighted user can see. */
export async function expectFocusVisible(page: Page) {
  const ring = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== 'none', tag: element.tagName };
  });
  expect(ring, 'something has the focus').not.toBeNull();
  expect(ring!.outline || ring!.shadow, `the focused ${ring!.tag} shows a focus ring`).toBe(true);
}
