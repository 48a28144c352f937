import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { readyTheText } from '@/test/drafting';
import { getDocument } from '@/db/queries/documents';
import { listParticipants } from '@/db/queries/delegations';
import { getMeeting } from '@/db/queries/meetings';
import { participantsAnnex } from '@/lib/server/communique-text';
import { documentInLanguage, TranslationNotCurrent } from '@/lib/server/document-language';
import { editParagraph } from '@/db/mutations/paragraphs';
import type { Locale } from '@/i18n/locales';
import { renderCommuniquePdf, type CommuniqueVariant } from './communique';
import { renderParallelPdf } from './parallel-text';

const folder = mkdtempSync(path.join(tmpdir(), 'vg-parallel-'));
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

function input(variant: CommuniqueVariant, locale: Locale) {
  const viewer = { ...viewerFor('jp.staff@vancouver.test'), locale };
  const meeting = getMeeting(viewer, 'vancouver-2018');
  return { meeting, document: getDocument(viewer, meeting, 1), participants: participantsAnnex(listParticipants(viewer, meeting)), variant, generatedAt: new Date('2018-01-16T20:00:00Z') };
}

async function save(name: string, bytes: Promise<Buffer>) {
  const file = path.join(folder, name);
  writeFileSync(file, await bytes);
  return file;
}

describe('the document in French and in both languages', () => {
  let frenchDraft: string;
  let parallelDraft: string;
  let parallelClean: string;
  beforeAll(async () => {
    await demoDatabase();
    const draft = input('draft', 'fr');
    frenchDraft = await save('fr-draft.pdf', renderCommuniquePdf({ ...draft, document: documentInLanguage(draft.document, 'fr'), language: 'fr' }));
    parallelDraft = await save('both-draft.pdf', renderParallelPdf(input('draft', 'en')));
    readyTheText(1);
    parallelClean = await save('both-clean.pdf', renderParallelPdf(input('clean', 'en')));
  });

  it('prints the French text with French words around it, French state names, tagged fr', () => {
    const text = run('pdftotext', '-layout', frenchDraft, '-');
    expect(text).toContain('Vancouver, le 16 janvier 2018');
    expect(text).toContain('PROJET (En cours de rédaction)');
    expect(text).toMatch(/1\.\s+Les ministres ont réaffirmé que la dénucléarisation/);
    // Brackets keep their holders, by place, in the translation too.
    expect(text).toMatch(/\[ont appelé \/ ont exhorté\] ‹JP, US›/);
    expect(text).toContain('Délégations participantes');
    expect(text).toContain('Japon');
    expect(text).toContain('Page 1 sur');
    expect(text).not.toContain('Ministers reaffirmed');
    expect(text).not.toContain('\u00ad');
    expect(readFileSync(frenchDraft).toString('latin1')).toContain('/Lang (fr-FR)');
  });

  it('sets the two versions of each paragraph side by side, from the same line', () => {
    const text = run('pdftotext', '-layout', parallelClean, '-');
    const lines = text.split('\n');
    expect(lines.some((line) => /^\s*English\s{4,}Français\s*$/.test(line))).toBe(true);
    // Operative paragraph 2 with its brackets resolved to the first alternative, in both columns.
    const pair = lines.find((line) => /^\s*2\.\s+Ministers committed\b.*\s{2,}2\.\s+Les ministres se sont engagés\b/.test(line));
    expect(pair, text.slice(0, 3000)).toBeDefined();
    expect(text).not.toMatch(/[[\]]/);
    expect(run('pdfinfo', parallelClean)).toMatch(/Tagged:\s+yes/);
  });

  it('marks the working draft in both languages', () => {
    const text = run('pdftotext', '-layout', parallelDraft, '-');
    expect(text).toContain('DRAFT / PROJET');
    expect(text).toMatch(/\[called on \/ urged\]/);
    expect(text).toMatch(/\[ont appelé \/ ont exhorté\]/);
  });

  it('refuses the clean text while a translation is out of date', async () => {
    const pen = viewerFor('secretariat@vancouver.test');
    const paragraph = input('clean', 'en').document.paragraphs[1];
    editParagraph(pen, { documentId: 1, paragraphId: paragraph.id, version: paragraph.version, text: `${paragraph.text} Again.` });
    await expect(renderParallelPdf(input('clean', 'en'))).rejects.toBeInstanceOf(TranslationNotCurrent);
  });
});
