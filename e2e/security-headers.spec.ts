import type { APIResponse } from '@playwright/test';
import { expect, expectAccessible, MEETING, test, watchForPolicyViolations } from './fixtures';
import { signInRequest } from './server-actions';

/** Every script of the page carries the nonce of the policy it was sent with. */
async function expectScriptsCarryNonce(response: APIResponse, policy: string) {
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, response.url()).toBeGreaterThan(0);
  for (const script of scripts) expect(script, response.url()).toContain(`nonce="${nonce}"`);
}

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

test.describe('security headers', () => {
  test('only the check-in desk may use the camera, and only from this site', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
    const camera = async (path: string) => /camera=([^,]*)/.exec((await request.get(path)).headers()['permissions-policy'] ?? '')?.[1];
    expect(await camera(`${MEETING}/check-in`)).toBe('(self)');
    for (const path of ['/login', MEETING, `${MEETING}/accreditation`, `${MEETING}/check-in/elsewhere`]) expect(await camera(path), path).toBe('()');
    await request.dispose();
  });

  test('every page and route carries the policy and the fixed headers; each response its own nonce', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
    const nonces = new Set<string>();
    const check = async (path: string) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      // Served over plain http here: HSTS would be ignored, and is not sent.
      expect(headers['strict-transport-security'], path).toBeUndefined();
      return { response, policy: headers['content-security-policy'] };
    };

    // Signed out: the sign-in page, the redirect from a meeting page, the API.
    for (const path of ['/login', MEETING, `${MEETING}/audit`, '/api/health', '/api/auth/csrf']) {
      const { policy } = await check(path);
      const csp = directives(policy);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(policy, path).not.toContain('unsafe-eval');
      expect(policy, path).not.toContain('unsafe-inline');
      const nonce = /'nonce-([^']+)'/.exec(csp.get('script-src')!.join(' '))![1];
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(5);
    const login = await check('/login');
    await expectScriptsCarryNonce(login.response, login.policy);
    expect((await request.get(MEETING)).status()).toBe(307); // still sent to sign-in

    // Signed in: the pages put this response's nonce on every script they carry.
    await signInRequest(request, 'secretariat@vancouver.test');
    for (const path of [MEETING, `${MEETING}/documents/1`, `${MEETING}/audit`]) {
      const { response, policy } = await check(path);
      expect(response.status(), path).toBe(200);
      await expectScriptsCarryNonce(response, policy);
    }

    // Static files and exports get the fixed headers too.
    const html = await (await request.get(MEETING)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
    expect((await check(asset)).response.status()).toBe(200);
    const csv = await check(`${MEETING}/audit/csv`);
    expect(csv.response.status()).toBe(200);
    expect(csv.policy).toContain("frame-ancestors 'none'");
    await request.dispose();
  });

  test('the pages run under the policy: nothing refused, scripts and live updates work', async ({ page, signInAs }) => {
    // The page fixture fails any test on a refusal; this one also visits the pages that
    // stream, switch language and download, and checks that their scripts really ran.
    const violations = watchForPolicyViolations(page);
    await signInAs('jp.head@vancouver.test');
    await page.goto(`${MEETING}/documents/1`);
    await expect(page.getByTestId('live-status')).toContainText('Live updates on');
    for (const path of ['', '/delegations', '/agenda', '/positions', '/audit', '/documents/1/history']) {
      await page.goto(MEETING + path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The refreshed page's metadata streams in after its body: axe reads the page once it has its title.
    await expect(page).toHaveTitle(/History/);
    await expectAccessible(page);
    expect(violations).toEqual([]);
  });
});
