import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { DocumentPage } from './pages/document-page';
import { LoginPage } from './pages/login-page';
import { freePort, startServer, stop, waitUntilServing, type Server } from './own-server';
import { callAction, captureAction, signInRequest, withField, type CapturedAction } from './server-actions';

// A server of its own, on its own database, so that killing it harms no other test.

test('a server killed under write load restarts with a sound database holding every acknowledged write', async ({ browser, playwright }) => {
  test.setTimeout(300_000);
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const databasePath = path.join(mkdtempSync(path.join(tmpdir(), 'vg-crash-')), 'crash.db');
  let server: Server | undefined = startServer(port, databasePath);
  const contexts: APIRequestContext[] = [];
  try {
    await waitUntilServing(server, baseURL);

    // The comment form's action, captured once from the interface.
    const browserContext = await browser.newContext({ baseURL });
    const page = await browserContext.newPage();
    const login = new LoginPage(page);
    await login.goto(`/meetings/vancouver-2018/documents/1`);
    await login.signIn('jp.staff@vancouver.test');
    await page.waitForURL('**/documents/1');
    const thread = await new DocumentPage(page).openParagraphComments('Ministers supported the efforts of the Republic of Korea');
    await thread.getByLabel('Your comment').fill('crash-template');
    const comment: CapturedAction = await captureAction(page, () => thread.getByRole('button', { name: 'Post comment' }).click());
    await browserContext.close();

    // Eight delegations, three requests in flight each, until the kill.
    for (const code of ['au', 'be', 'ca', 'fr', 'gb', 'jp', 'kr', 'us']) {
      const context = await playwright.request.newContext({ baseURL });
      await signInRequest(context, `${code}.staff@vancouver.test`);
      contexts.push(context);
    }
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const writer = async (context: APIRequestContext, lane: string) => {
      for (let i = 0; !killed; i++) {
        const body = `crash-${lane}-${i}`;
        sent++;
        try {
          const answer = await callAction(context, withField(comment, 'body', body));
          if (answer.status === 200 && answer.text.includes('"ok":true')) acknowledged.push(body);
        } catch {
          return; // the connection died with the server: not acknowledged
        }
      }
    };
    const load = contexts.flatMap((context, c) => [0, 1, 2].map((lane) => writer(context, `${c}.${lane}`)));

    // Kill once plenty of writes are through, while others are certainly in flight.
    const killer = (async () => {
      while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 20));
      killed = true;
      await stop(server, 'SIGKILL');
    })();
    await Promise.all([killer, ...load]);
    expect(sent).toBeGreaterThan(acknowledged.length); // some writes were cut off mid-flight
    test.info().annotations.push({ type: 'writes', description: `${acknowledged.length} acknowledged of ${sent} sent before the kill` });

    server = startServer(port, databasePath);
    await waitUntilServing(server, baseURL);

    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const saved = new Set((db.prepare(`select body from comments where body like 'crash-%'`).all() as { body: string }[]).map((r) => r.body));
      const audited = new Set(
        (db.prepare(`select json_extract(after, '$.body') body from audit_entries where action = 'add_comment'`).all() as { body: string }[]).map((r) => r.body),
      );
      expect(acknowledged.filter((body) => !saved.has(body))).toEqual([]);
      expect(acknowledged.filter((body) => !audited.has(body))).toEqual([]);
    } finally {
      db.close();
    }
    // And it serves again: the signed-in sessions still work against the restarted server.
    const again = await callAction(contexts[0], withField(comment, 'body', 'crash-after-restart'));
    expect(again.text).toContain('"ok":true');
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
    await stop(server, 'SIGTERM');
  }
});
