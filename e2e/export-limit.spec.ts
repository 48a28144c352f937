import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { freePort, startServer, stop, waitUntilServing, type Server } from './own-server';
import { signInRequest } from './server-actions';

// The suite's own server raises the export limit so that parallel tests are never
// throttled; this test runs a server of its own with a limit of three a minute.
const LIMIT = 3;

test('exports beyond the per-account limit are refused with 429 and Retry-After, other accounts go on', async ({ playwright }) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'vg-export-limit-')), 'limit.db');
  const server: Server = startServer(port, databasePath, { EXPORT_LIMIT_PER_MINUTE: String(LIMIT) });
  const busy = await playwright.request.newContext({ baseURL });
  const other = await playwright.request.newContext({ baseURL });
  try {
    await waitUntilServing(server, baseURL);
    await signInRequest(busy, 'jp.head@vancouver.test');
    await signInRequest(other, 'kr.head@vancouver.test');

    // Every kind of export counts towards the same allowance.
    const allowed = ['/documents/1/pdf', '/agenda/ics', '/delegations/csv'];
    for (const address of allowed) expect((await busy.get(`/meetings/vancouver-2018${address}`)).status()).toBe(200);

    const refused = await busy.get('/meetings/vancouver-2018/documents/1/docx');
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: 'too_many_exports',
      message: expect.stringMatching(/^Too many exports: at most 3 a minute per account\. Try again in \d+ seconds?\.$/),
      retryAfterSeconds: retryAfter,
    });
    await expect.poll(() => server.output.join('')).toContain('"event":"export_rate_limited"');

    expect((await other.get('/meetings/vancouver-2018/agenda/pdf')).status()).toBe(200);
  } finally {
    await busy.dispose();
    await other.dispose();
    await stop(server, 'SIGTERM');
  }
});
