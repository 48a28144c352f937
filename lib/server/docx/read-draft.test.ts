import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DRAFT } from '@/e2e/fixtures/draft-with-brackets';
import { isDocx, readDocxDraft } from './read-draft';

const fixture = new Uint8Array(readFileSync(path.join(process.cwd(), 'e2e/fixtures/draft-with-brackets.docx')));

describe('isDocx', () => {
  it("knows a Word document by its archive's directory, not its name", () => {
    expect(isDocx(fixture)).toBe(true);
  });

  it('refuses other archives, other files and truncated ones', () => {
    expect(isDocx(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toBe(false);
    expect(isDocx(strToU8('%PDF-1.7 not a zip at all'))).toBe(false);
    expect(isDocx(new Uint8Array())).toBe(false);
    expect(isDocx(fixture.subarray(0, fixture.length - 30))).toBe(false);
    // An archive holding the part's name inside another file does not pass either.
    expect(isDocx(zipSync({ 'notes.txt': strToU8('word/document.xml') }))).toBe(false);
  });
});

describe('readDocxDraft', () => {
  it('reads the styled headings, the preamble and the numbered operative paragraphs with their brackets', async () => {
    const draft = await readDocxDraft(fixture);
    expect(draft?.problems).toEqual([]);
    expect(draft?.paragraphs).toEqual([
      { kind: 'heading', text: DRAFT.title, status: 'draft' },
      ...DRAFT.preambular.map((text) => ({ kind: 'preambular', text, status: 'draft' })),
      { kind: 'heading', text: DRAFT.heading, status: 'draft' },
      { kind: 'operative', text: DRAFT.operative[0], status: 'draft' },
      { kind: 'operative', text: DRAFT.operative[1], status: 'bracketed' },
      { kind: 'operative', text: DRAFT.operative[2], status: 'draft' },
    ]);
  });

  it('gives null for what is not a Word document, even if it claims to be', async () => {
    expect(await readDocxDraft(strToU8('PK\u0003\u0004 a forged header'))).toBeNull();
    expect(await readDocxDraft(zipSync({ 'word/document.xml': strToU8('not xml <<<') }))).toBeNull();
  });
});
