import { expectAccessible, expect, test } from './fixtures';
import { issueInvitation, signedOutVisits, unvisitedRoutes, visitEach, VISITING_ACCOUNTS, visitsFor } from './page-visits';

// axe on every page each role may open (e2e/page-visits.ts), in the states that add interface.
test.describe('accessibility of every page', () => {
  test('every page file is on a role’s list', () => {
    expect(unvisitedRoutes()).toEqual([]);
  });

  for (const account of VISITING_ACCOUNTS) {
    test(account.startsWith('secretariat') ? 'the secretariat' : `a delegation: ${account}`, async ({ page, signInAs }) => {
      test.setTimeout(240_000);
      await signInAs(account);
      await visitEach(page, visitsFor(account), expectAccessible);
    });
  }

  test('signed out', async ({ page, browser }) => {
    await visitEach(page, signedOutVisits(await issueInvitation(browser)), expectAccessible);
  });
});
