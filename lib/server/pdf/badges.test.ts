import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newBadgeTicket } from '@/lib/platform/accreditation/badge-ticket';
import { BADGE, renderBadgeSheet, SHEET, type BadgeCard } from './badges';

const photo = () => sharp({ create: { width: 480, height: 600, channels: 3, background: '#88aacc' } }).jpeg().toBuffer();

const card = async (fullName: string, withPhoto = true): Promise<BadgeCard> => ({
  fullName,
  title: 'H.E.',
  functionLabel: 'Minister for Foreign Affairs',
  delegationName: 'Türkiye',
  countryCode: 'tr',
  categoryLabel: 'Head of delegation',
  categoryColour: '#9f1239',
  zones: ['Plenary', 'VIP lounge'],
  photoJpeg: withPhoto ? await photo() : null,
  ticket: newBadgeTicket(),
});

async function render(cards: BadgeCard[]) {
  const pdf = await renderBadgeSheet({
    meetingTitle: "Vancouver Foreign Ministers' Meeting on Security and Stability on the Korean Peninsula",
    meetingDates: '16 January 2018',
    delegationName: 'Türkiye',
    language: 'en',
    labels: { title: 'Badges', subject: 'Badges of the delegation of Türkiye', noPhoto: 'No photo', zones: 'Access', ticketLabel: 'Badge code' },
    cards,
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'badges-test-'));
  const file = path.join(folder, 'badges.pdf');
  writeFileSync(file, pdf);
  const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, file], { encoding: 'utf8', cwd: folder });
  const text = (...pages: string[]) => execFileSync('pdftotext', [...pages, file, '-'], { encoding: 'utf8' });
  return { folder, run, text };
}

describe('renderBadgeSheet', () => {
  it('prints each badge with its photo, its holder’s name and a QR code that reads back as the ticket', async () => {
    const cards = [await card('Mevlüt Çavuşoğlu'), await card('Zbigniew Łódź-Wiśniewski')];
    const { folder, run, text } = await render(cards);
    for (const c of cards) expect(text().replace(/\s+/g, ' ')).toContain(c.fullName);
    const photos = run('pdfimages', '-list').split('\n').filter((line) => /\s480\s+600\s.*jpeg/.test(line));
    expect(photos).toHaveLength(2);

    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(folder, 'badges.pdf'), path.join(folder, 'badges')]);
    const page = sharp(path.join(folder, 'badges.png'));
    const { width } = await page.metadata();
    const scale = width / SHEET.page.width;
    const read: string[] = [];
    for (let slot = 0; slot < cards.length; slot++) {
      // The whole card's cell, from the sheet's own layout.
      const left = Math.floor(((SHEET.page.width - 2 * BADGE.width - SHEET.gap) / 2 + (slot % 2) * (BADGE.width + SHEET.gap)) * scale);
      const top = Math.floor((SHEET.page.height - 4 * BADGE.height - 3 * SHEET.gap) / 2 * scale);
      const area = { left, top, width: Math.floor(BADGE.width * scale), height: Math.floor(BADGE.height * scale) };
      const { data, info } = await page.clone().extract(area).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      read.push(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? '');
    }
    expect(read).toEqual(cards.map((c) => c.ticket));
  });

  it('puts eight badges on a sheet and draws a placeholder where a photo is missing', async () => {
    const cards = await Promise.all(Array.from({ length: 9 }, (_, i) => card(`Delegate ${i + 1}`, i !== 8)));
    const { run, text } = await render(cards);
    expect(run('pdfinfo')).toMatch(/Pages:\s+2/);
    expect(text('-f', '2', '-l', '2')).toContain('No photo');
    expect(run('pdffonts')).toContain('SourceSans3');
  });
});
