import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAgenda } from '@/db/queries/agenda';
import { listParticipants } from '@/db/queries/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { demoDatabase, viewerFor } from '@/test/database';
import { renderParticipantsPdf } from './participants';
import { renderProgrammePdf } from './programme';

const folder = mkdtempSync(path.join(tmpdir(), 'vg-meeting-pdf-'));
const textOf = async (bytes: Promise<Buffer>, name: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, await bytes);
  return {
    // Words as they read, whatever the line breaks.
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
};

describe('the programme and participants PDFs', () => {
  beforeAll(async () => {
    await demoDatabase();
  });

  it('prints the published programme with its times on the meeting clock, labelled', async () => {
    const japan = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(japan, 'vancouver-2018');
    const items = listAgenda(japan, meeting, { publishedOnly: true });
    const { text, info } = await textOf(renderProgrammePdf({ meeting, items, generatedAt: new Date() }), 'programme.pdf');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(text).toMatch(/All times: Pacific Standard Time \(America\/ ?Vancouver\)/);
    expect(text).toContain('16 January 2018');
    for (const item of items) expect(text).toContain(item.title.replace(/\s+/g, ' ').slice(0, 30));
    expect(text).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
  });

  it('lists participants with Latin Extended names, contact details only where the viewer may read them', async () => {
    const japan = viewerFor('jp.staff@vancouver.test');
    const meeting = getMeeting(japan, 'vancouver-2018');
    const { text } = await textOf(renderParticipantsPdf({ meeting, list: listParticipants(japan, meeting), generatedAt: new Date() }), 'participants.pdf');
    expect(text).toContain('Mevlüt Çavuşoğlu');
    expect(text).toContain('Ine Eriksen Søreide');
    expect(text).toMatch(/@mofa\.go\.jp\.example/); // Japan's own contacts
    expect(text).not.toMatch(/@mofa\.go\.kr\.example|@mofa\.gov\.tr\.example/); // nobody else's
  });
});
