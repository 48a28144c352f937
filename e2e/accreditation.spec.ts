import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { readDatabase } from './database';
import { expect, expectAccessible, test } from './fixtures';
import { ACCOUNT_PASSWORD, createAccount, createMeeting, signedInPage } from './new-meeting';
import { AccountsPage } from './pages/accounts-page';
import { seedRosterMembersDirectly } from './seed-lists';

// Issue 23: Japan puts two advisers forward with photos on a meeting of the test's own, one
// over the advisers' quota; the secretariat approves them and issues their badges, prints
// them, and the door checks one in by its typed code.

const ADVISERS = ['Kenji Yamada', 'Aiko Suzuki'];

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#8fa9c4' } }).jpeg().toBuffer();

const ticketOf = (fullName: string, slug: string) =>
  readDatabase(
    (db) =>
      db
        .prepare(
          `select b.ticket from badges b join roster_members r on r.id = b.member_id join delegations d on d.id = r.delegation_id
           join meetings m on m.id = d.meeting_id where r.full_name = ? and m.slug = ? and b.voided_at is null`,
        )
        .get(fullName, slug) as { ticket: string },
  ).ticket;

async function addAdviser(page: Page, roster: string, fullName: string) {
  await page.goto(`${roster}/members/new`);
  const form = page.getByRole('main');
  await form.getByLabel('Name', { exact: true }).fill(fullName);
  await form.getByLabel('Function').selectOption({ label: 'Adviser' });
  await form.getByLabel('Badge category').selectOption({ label: 'Adviser' });
  await form.getByRole('button', { name: 'Add the member' }).click();
  await page.waitForURL(roster);
}

/** Uploads a file as a member's photo on their page; returns the photo field. */
async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const main = page.getByRole('main');
  await main.getByLabel('Photo file').setInputFiles(file);
  await main.getByRole('button', { name: 'Upload photo' }).click();
  return main.getByLabel('Photo file');
}

/** The text of every QR code on the PDF's first page, one card at a time. */
async function qrCodesOf(pdf: Buffer): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'badges-'));
  writeFileSync(path.join(folder, 'badges.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', 'badges.pdf', 'page'], { cwd: folder });
  const page = sharp(path.join(folder, 'page-1.png'));
  const { width, height } = await page.metadata();
  const codes: string[] = [];
  // Two columns of four badges on A4: each eighth of the page holds at most one code.
  for (let row = 0; row < 4; row++) {
    for (let column = 0; column < 2; column++) {
      const area = { left: Math.floor((column * width) / 2), top: Math.floor((row * height) / 4), width: Math.floor(width / 2), height: Math.floor(height / 4) };
      const { data, info } = await page.clone().extract(area).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      if (code) codes.push(code.data);
    }
  }
  return codes;
}

test('Japan puts two advisers forward with photos, the secretariat approves and prints their badges, the door checks them in', async ({ page, signInAs, browser }) => {
  test.setTimeout(300_000);
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const slug = meeting.split('/').pop()!;
  const roster = `${meeting}/delegations/jp`;

  // Japan joins the meeting; the advisers' quota is one per delegation.
  await page.goto(`${meeting}/delegations`);
  await page.getByLabel('State').selectOption({ label: 'Japan' });
  await page.getByRole('button', { name: 'Add the delegation' }).click();
  await expect(page.getByRole('rowheader', { name: 'Japan' })).toBeVisible();
  await page.goto(`${meeting}/accreditation`);
  const quotas = page.getByRole('region', { name: 'Quotas per delegation' });
  await quotas.getByLabel('Adviser').fill('1');
  await quotas.getByRole('button', { name: 'Save quotas' }).click();
  await expect(quotas.getByText('Quotas saved.')).toBeVisible();

  // Japan's staff submit two advisers, each with a photo; a bad file is refused at its field.
  const japan = await signedInPage(browser, await createAccount(page, meeting, { name: 'Haruka Mori', role: 'staff', delegation: 'Japan' }));
  for (const name of ADVISERS) await addAdviser(japan, roster, name);
  await expect(japan.getByRole('note')).toContainText('Adviser: 2 members for a quota of 1');
  for (const name of ADVISERS) {
    await japan.goto(roster);
    await japan.getByRole('link', { name: `Edit ${name}` }).click();
    await japan.waitForURL(/\/members\/\d+$/);
    if (name === ADVISERS[0]) {
      const refusals: [{ name: string; mimeType: string; buffer: Buffer }, string][] = [
        [{ name: 'passport.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n') }, 'This file is not a JPEG or PNG image.'],
        [{ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(20 * 1024 * 1024, 0xff) }, 'The photo is larger than 5 MB.'],
        [{ name: 'thumbnail.jpg', mimeType: 'image/jpeg', buffer: await photo(100, 100) }, 'The photo must be at least 400 × 500 pixels.'],
      ];
      for (const [file, message] of refusals) {
        const field = await upload(japan, file);
        // Said at the field: its description names the refusal.
        await expect(field).toHaveAccessibleDescription(new RegExp(`${message.replaceAll('.', '\\.')}$`));
        await expect(japan.getByRole('main').getByText('No photo yet')).toBeVisible();
      }
      await expectAccessible(japan);
    }
    await upload(japan, { name: `${name}.jpg`, mimeType: 'image/jpeg', buffer: await photo(800, 1000) });
    await expect(japan.getByRole('main').getByText('Photo saved.')).toBeVisible();
    await japan.reload();
    await expect(japan.getByRole('img', { name: 'Badge photo on file' })).toBeVisible();
  }
  await japan.goto(roster);
  for (const name of ADVISERS) await expect(japan.getByRole('row', { name: new RegExp(name) })).toContainText('On file');

  // The secretariat approves both from the queue, then issues their badges.
  await page.goto(`${meeting}/accreditation?delegation=jp`);
  await expect(page.getByRole('main')).toContainText('Japan: Adviser: 2 for a quota of 1');
  const queue = page.getByRole('region', { name: 'Queue' });
  for (const step of ['Approve selected', 'Issue badges to selected']) {
    for (const name of ADVISERS) await queue.getByRole('checkbox', { name: `Select ${name}` }).check();
    await queue.getByRole('button', { name: step }).click();
    await expect(queue.getByText('Accreditation updated.')).toBeVisible();
  }
  for (const name of ADVISERS) await expect(queue.getByRole('row', { name: new RegExp(name) })).toContainText('Badge issued');
  await expectAccessible(page);

  // The badge sheet holds both: their photos, and QR codes that carry their tickets only.
  const response = await page.request.get(`${roster}/badges/pdf`);
  expect(response.status()).toBe(200);
  const pdf = await response.body();
  const folder = mkdtempSync(path.join(tmpdir(), 'badges-'));
  writeFileSync(path.join(folder, 'badges.pdf'), pdf);
  const images = execFileSync('pdfimages', ['-list', path.join(folder, 'badges.pdf')], { encoding: 'utf8' });
  expect(images.split('\n').filter((line) => /\s480\s+600\s/.test(line))).toHaveLength(2);
  const text = execFileSync('pdftotext', [path.join(folder, 'badges.pdf'), '-'], { encoding: 'utf8' });
  for (const name of ADVISERS) expect(text).toContain(name);
  const tickets = ADVISERS.map((name) => ticketOf(name, slug));
  expect((await qrCodesOf(pdf)).sort()).toEqual([...tickets].sort());
  // Japan itself does not print badges.
  expect((await japan.request.get(`${roster}/badges/pdf`)).status()).toBe(404);

  // Security staff, made by the secretariat, check one adviser in by the typed code.
  const doorEmail = `door.${slug}@example.test`;
  const accounts = new AccountsPage(page, meeting);
  await accounts.goto();
  await accounts.create({ name: 'Gunnar Olsen', email: doorEmail, role: 'Host security', password: ACCOUNT_PASSWORD });
  await expect(accounts.row(doorEmail)).toContainText('Host security');
  const door = await signedInPage(browser, doorEmail);
  await door.waitForURL(`${meeting}/check-in`);
  const desk = door.getByRole('main');
  const scan = async (code: string) => {
    await desk.getByLabel('Badge code').fill(code);
    await desk.getByRole('button', { name: 'Check in' }).click();
  };
  await scan(tickets[0]);
  const answer = desk.locator('[data-outcome]');
  await expect(answer).toHaveAttribute('data-outcome', 'admitted');
  await expect(answer).toContainText('Admitted');
  await expect(answer).toContainText(ADVISERS[0]);
  await expect(answer).toContainText('Japan');
  await expect(answer.getByRole('img', { name: `Photo of ${ADVISERS[0]}` })).toBeVisible();
  await scan(tickets[0]);
  await expect(answer).toHaveAttribute('data-outcome', 'already');
  await expect(answer).toContainText(/Already checked in at \d{1,2}:\d{2}/);
  await expectAccessible(door);
  // The door sees nothing else of the meeting.
  expect((await door.request.get(roster)).status()).toBe(404);
  expect((await door.request.get(meeting)).status()).toBe(404);

  // A revoked badge is red at the door; so is a code that is no badge.
  await page.goto(`${meeting}/accreditation?delegation=jp`);
  await queue.getByRole('checkbox', { name: `Select ${ADVISERS[1]}` }).check();
  await queue.getByRole('button', { name: 'Revoke selected' }).click();
  await expect(queue.getByRole('row', { name: new RegExp(ADVISERS[1]) })).toContainText('Revoked');
  await scan(tickets[1]);
  await expect(answer).toHaveAttribute('data-outcome', 'revoked');
  await expect(answer).toContainText('Badge revoked: do not admit');
  await scan('VGB-made-up-at-the-gate');
  await expect(answer).toHaveAttribute('data-outcome', 'unknown');

  // Who is in the building, per delegation.
  await page.reload();
  const building = page.getByRole('region', { name: 'In the building' });
  await expect(building).toContainText('Japan: 1 person');
  await expect(building).toContainText(ADVISERS[0]);
});

test('a long accreditation queue comes a hundred members to a page, its filter kept from page to page', async ({ page, signInAs }) => {
  await signInAs('secretariat@vancouver.test');
  const meeting = await createMeeting(page);
  const names = (delegation: string, howMany: number) => Array.from({ length: howMany }, (_, n) => ({ delegation, fullName: `${delegation.toUpperCase()} adviser ${String(n + 1).padStart(3, '0')}` }));
  seedRosterMembersDirectly(meeting.split('/').pop()!, [...names('is', 90), ...names('no', 60)]);
  const queue = page.getByRole('region', { name: 'Queue' });
  const count = page.getByTestId('queue-count');
  const pager = page.getByRole('navigation', { name: 'Pages of the queue' });
  const ticks = queue.getByRole('checkbox', { name: /^Select / });

  await page.goto(`${meeting}/accreditation`);
  await expect(count).toHaveText('150 members in the queue. Showing 1–100.');
  await expect(ticks).toHaveCount(100);
  await expectAccessible(page);
  await pager.getByRole('link', { name: 'Next members' }).click();
  await expect(count).toHaveText('150 members in the queue. Showing 101–150.');
  await expect(ticks).toHaveCount(50);
  await expect(queue.getByRole('row', { name: /NO adviser 060/ })).toBeVisible();

  // Approving from the second page approves those ticked there, and the page stays.
  await queue.getByLabel('Select NO adviser 060').check();
  await queue.getByRole('button', { name: 'Approve selected' }).click();
  await expect(queue.getByRole('row', { name: /NO adviser 060/ })).toContainText('Approved');

  await page.goto(`${meeting}/accreditation?delegation=no`);
  await expect(count).toHaveCount(0);
  await expect(ticks).toHaveCount(60);
  await expect(pager).toHaveCount(0);
  await page.goto(`${meeting}/accreditation?status=requested`);
  await expect(count).toHaveText('149 members in the queue. Showing 1–100.');
  await pager.getByRole('link', { name: 'Next members' }).click();
  await expect(count).toHaveText('149 members in the queue. Showing 101–149.');
  expect(new URL(page.url()).searchParams.get('status')).toBe('requested');
});
