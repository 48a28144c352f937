// The README's screenshots of the document page: the app started on a throwaway database
// with the demo seeded, signed in as a head of delegation, at a desktop and a phone width.
// Run with `npm run screenshots`; it builds first when the sources changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { freePort, startServer, stop, waitUntilServing } from '../e2e/own-server';
import { LoginPage } from '../e2e/pages/login-page';

const OUT = path.join('docs', 'screenshots');
const DOCUMENT = '/meetings/vancouver-2018/documents/1';
const HEAD = 'jp.head@vancouver.test';
const SHOTS = [
  { file: 'document-desktop.png', viewport: { width: 1280, height: 1400 } },
  { file: 'document-phone.png', viewport: { width: 390, height: 844 } },
];

async function shoot(browser: Browser, baseURL: string) {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ baseURL, viewport: shot.viewport, deviceScaleFactor: shot.viewport.width < 600 ? 2 : 1 });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto(DOCUMENT);
    await login.signIn(HEAD);
    await page.waitForURL(`**${DOCUMENT}`);
    await page.getByTestId('live-status').filter({ hasText: 'Live updates on' }).waitFor();
    // The text itself, from its first paragraphs: the page's header is the same on every page.
    await page.evaluate(() => document.querySelector('[data-testid="paragraph"]')?.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.screenshot({ path: path.join(OUT, shot.file) });
    await context.close();
  }
}

async function main() {
  const directory = mkdtempSync(path.join(tmpdir(), 'screenshots-'));
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const server = startServer(port, path.join(directory, 'demo.db'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    await waitUntilServing(server, baseURL);
    await shoot(browser, baseURL);
    console.log(`Saved ${SHOTS.map((s) => path.join(OUT, s.file)).join(' and ')}`);
  } finally {
    await browser.close();
    await stop(server, 'SIGTERM');
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();
