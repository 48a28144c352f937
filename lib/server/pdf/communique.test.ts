import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from '@/db/queries/documents';
import { listParticipants } from '@/db/queries/delegations';
import { participantsAnnex } from '@/lib/server/communique-text';
import { getMeeting } from '@/db/queries/meetings';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settleSilences } from '@/db/mutations/silence-scheduler';
import { startSilence } from '@/db/mutations/silence';
import { outcomeDocuments, paragraphs } from '@/db/schema';
import { demoDatabase, viewerFor } from '@/test/database';
import { readyTheText } from '@/test/drafting';
import { BracketInCleanText } from '@/lib/server/communique-text';
import { renderCommuniqueDocx } from '@/lib/server/docx/communique';
import { renderCommuniquePdf, type CommuniqueInput, type CommuniqueVariant } from './communique';

const folder = mkdtempSync(path.join(tmpdir(), 'vg-pdf-'));

function demoInput(variant: CommuniqueVariant): CommuniqueInput {
  const viewer = viewerFor('jp.staff@vancouver.test');
  const meeting = getMeeting(viewer, 'vancouver-2018');
  return {
    meeting,
    document: getDocument(viewer, meeting, 1),
    participants: participantsAnnex(listParticipants(viewer, meeting)),
    variant,
    language: 'en',
    generatedAt: new Date('2018-01-16T20:00:00Z'),
  };
}

async function demoPdf(variant: CommuniqueVariant) {
  const bytes = await renderCommuniquePdf(demoInput(variant));
  const file = path.join(folder, `${variant}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe('the communiqué PDF', () => {
  let clean: string;
  let draft: string;
  beforeAll(async () => {
    await demoDatabase();
    draft = await demoPdf('draft');
    // The clean text is printed once a text is ready: it refuses brackets (below).
    readyTheText(1);
    clean = await demoPdf('clean');
  });

  it('holds the paragraphs in order with their numbers, the footnotes and names with diacritics', () => {
    const text = run('pdftotext', '-layout', clean, '-');
    expect(text).toContain('Vancouver, 16 January 2018');
    // The symbol top right, before the title.
    expect(text).toMatch(/^\s{20,}VG\/2018\/1\s*$/m);
    expect(text.indexOf('VG/2018/1')).toBeLessThan(text.indexOf('Summary of the Vancouver'));
    // The demo's summary is of limited distribution, the default: said above its title.
    expect(text.indexOf('Limited distribution')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Limited distribution')).toBeLessThan(text.indexOf('Co-Chairs'));
    const positions = [1, 2, 3, 4, 5].map((n) => text.search(new RegExp(`^\\s*${n}\\.\\s+Ministers`, 'm')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/¹ Reservation of India:/);
    expect(text).toContain('Mevlüt Çavuşoğlu');
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('DRAFT');
  });

  it('embeds every font and is tagged, titled and paged', () => {
    const fonts = run('pdffonts', clean).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
    const info = run('pdfinfo', clean);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Co-Chairs' Summary of the Vancouver/);
    expect(info).toMatch(/Pages:\s+[2-9]/);
  });

  it('marks the working draft, numbers its lines, shows bracket holders and lists open amendments', () => {
    const text = run('pdftotext', '-layout', draft, '-');
    expect(text).toContain('DRAFT (Drafting)');
    expect(text).toMatch(/\[[^\]]+\] ‹[A-Z]{2}(, [A-Z]{2})*›/);
    expect(text).toContain('Open amendments');
    expect(text).toMatch(/Working draft · revision 1/);
  });

  it('comes as DOCX with the same paragraphs, footnotes and annex', async () => {
    const zip = unzipSync(new Uint8Array(await renderCommuniqueDocx(demoInput('clean'))));
    const xml = strFromU8(zip['word/document.xml']);
    const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    const paragraphs = getDocument(viewerFor('jp.staff@vancouver.test'), getMeeting(viewerFor('jp.staff@vancouver.test'), 'vancouver-2018'), 1).paragraphs;
    let cursor = 0;
    for (const p of paragraphs) {
      const expected = p.number === null ? p.text : `${p.number}.\t${p.text}`;
      const at = text.indexOf(expected.replace(/&/g, '&amp;'), cursor);
      expect(at, expected).toBeGreaterThanOrEqual(cursor);
      cursor = at;
    }
    expect(text).toContain('Annex: Participating delegations');
    // The symbol first, before the title.
    expect(text.indexOf('VG/2018/1')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('VG/2018/1')).toBeLessThan(text.indexOf('Summary of the Vancouver'));
    expect(text).toContain('Mevlüt Çavuşoğlu');
    expect(text.split('\n').slice(0, 2)).toEqual(['VG/2018/1', 'Limited distribution']);
    const footnotes = strFromU8(zip['word/footnotes.xml']);
    expect(footnotes).toContain('Reservation of India');
  });

  it('prints no control or bidi override characters from names, titles or reservations, in PDF and DOCX alike', async () => {
    const input = demoInput('clean');
    const hostile = '\u202eNOITAVRESER\u202c\u2066x\u2069\u0001\u0008\u001b';
    const tainted: CommuniqueInput = {
      ...input,
      document: {
        ...input.document,
        title: `${input.document.title}${hostile}`,
        stances: input.document.stances.map((s) => (s.stance?.kind === 'reservation' ? { ...s, stance: { ...s.stance, text: `${s.stance.text}${hostile}` } } : s)),
      },
      participants: input.participants.map((p, i) => (i === 0 ? { ...p, protocolName: `${p.protocolName}${hostile}` } : p)),
    };
    const unprintable = /[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/;
    const zip = unzipSync(new Uint8Array(await renderCommuniqueDocx(tainted)));
    for (const part of ['word/document.xml', 'word/footnotes.xml']) {
      const xml = strFromU8(zip[part]);
      expect(xml, part).toContain('NOITAVRESER');
      expect(xml, part).not.toMatch(unprintable);
    }
    const file = path.join(folder, 'tainted.pdf');
    writeFileSync(file, await renderCommuniquePdf(tainted));
    // pdftotext ends each page with a form feed of its own.
    const text = run('pdftotext', file, '-').replaceAll('\f', '\n');
    expect(text).toContain('NOITAVRESER');
    expect(text).not.toMatch(unprintable);
  });
});

describe('the clean text of an adopted document', () => {
  beforeAll(async () => {
    await demoDatabase();
    readyTheText(1);
    const deadline = new Date(Date.now() + 60_000);
    startSilence(viewerFor('secretariat@vancouver.test'), { documentId: 1, deadline });
    settleSilences(1, deadline);
  });

  it('never prints a bracket: a bracket forced into the adopted text makes the PDF and DOCX refuse, the draft still shows it', async () => {
    const db = getDb();
    expect(db.select({ status: outcomeDocuments.status }).from(outcomeDocuments).where(eq(outcomeDocuments.id, 1)).get()!.status).toBe('adopted');
    await expect(renderCommuniquePdf(demoInput('clean'))).resolves.toBeInstanceOf(Buffer);
    // Past every check of the application: straight into the database.
    const target = db.select().from(paragraphs).where(eq(paragraphs.documentId, 1)).all().find((p) => p.kind === 'operative')!;
    db.update(paragraphs).set({ text: `${target.text} [consider / take]` }).where(eq(paragraphs.id, target.id)).run();

    const refusal = renderCommuniquePdf(demoInput('clean'));
    await expect(refusal).rejects.toBeInstanceOf(BracketInCleanText);
    await expect(refusal).rejects.toMatchObject({ paragraphIds: [target.id] });
    await expect(renderCommuniqueDocx(demoInput('clean'))).rejects.toBeInstanceOf(BracketInCleanText);
    const draftText = run('pdftotext', '-layout', await demoPdf('draft'), '-');
    expect(draftText).toContain('[consider /'); // the line may wrap after it

    // A bracket that does not even parse prints just the same: refused too.
    db.update(paragraphs).set({ text: `${target.text} [consider` }).where(eq(paragraphs.id, target.id)).run();
    await expect(renderCommuniquePdf(demoInput('clean'))).rejects.toMatchObject({ paragraphIds: [target.id] });
  });
});
