import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { issueInvitation, signedOutVisits, visitEach, VISITING_ACCOUNTS, visitsFor } from './page-visits';

/** A phone held upright (an iPhone 12 to 15). */
const PHONE = { width: 390, height: 844 };

/**
 * Fails when the page is wider than the window, naming the widest elements that stick out:
 * tables and other wide content scroll inside their own boxes, never the whole page.
 */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const page = document.documentElement.scrollWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      // What sticks out of a box that scrolls or clips does not widen the page, unless it is
      // placed outside that box (absolute, like visually hidden text, in a box not positioned).
      .filter((element) => {
        if (getComputedStyle(element).position === 'absolute') return true;
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
          if (getComputedStyle(box).overflowX !== 'visible') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
    return { width, page, culprits };
  });
  expect.soft(overflow.page, `${page.url()} is ${overflow.page}px wide in a ${overflow.width}px window: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
}

test.describe('on a 390 px phone, no page scrolls sideways', () => {
  test.use({ viewport: PHONE });

  for (const account of VISITING_ACCOUNTS) {
    test(account, async ({ page, signInAs }) => {
      test.setTimeout(240_000);
      await signInAs(account);
      await visitEach(page, visitsFor(account), expectNoSidewaysScroll);
    });
  }

  test('signed out', async ({ page, browser }) => {
    await visitEach(page, signedOutVisits(await issueInvitation(browser)), expectNoSidewaysScroll);
  });
});
