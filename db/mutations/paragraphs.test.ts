import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { AccessDenied } from '../access';
import { getDb } from '../client';
import { VersionConflict } from '../errors';
import { auditEntries } from '../schema';
import { editParagraph } from './paragraphs';
import { expectRule, onTheDemoDocument } from '@/test/drafting';

describe('the pen on the paragraphs', () => {
  const scene = onTheDemoDocument();
  const { secretariat, japan, document, paragraphWith, auditCount } = scene;
  let documentId: number;
  beforeEach(() => {
    documentId = scene.documentId;
  });

  it('lets the pen edit a paragraph, with a revision and an audit entry; a stale version gets a conflict', () => {
    const p = paragraphWith('draft');
    editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Ministers agreed on new words.' });
    const after = document();
    expect(after.paragraphs.find((x) => x.id === p.id)!.text).toBe('Ministers agreed on new words.');
    expect(after.revision).toBe(2);
    expect(auditCount('edit_paragraph')).toBe(1);

    let conflict: unknown;
    try {
      editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'A second editor, late.' });
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(VersionConflict);
    expect((conflict as VersionConflict).current).toEqual({ text: 'Ministers agreed on new words.', version: p.version + 1 });
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe('Ministers agreed on new words.');
  });

  it('refuses unbalanced or empty brackets and leaves the text as it was', () => {
    const p = paragraphWith('draft');
    expectRule(() => editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Ministers [urged all' }), 'bracketUnclosed');
    expectRule(() => editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Ministers [] all' }), 'bracketEmpty');
    expect(document().paragraphs.find((x) => x.id === p.id)!.text).toBe(p.text);
  });

  it('refuses the pen to a delegation and logs the refusal', () => {
    const p = paragraphWith('draft');
    expect(() => editParagraph(japan(), { documentId, paragraphId: p.id, version: p.version, text: 'Japan writes.' })).toThrow(AccessDenied);
    const refusal = getDb()
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'edit_paragraph'), eq(auditEntries.outcome, 'denied')))
      .all();
    expect(refusal).toHaveLength(1);
    expect(refusal[0].actorUserId).toBe(japan().userId);
  });

  it('keeps bracket holders with their brackets when the text around them changes', () => {
    const bracketed = document().paragraphs.find((p) => p.pieces.some((x) => x.kind === 'bracket' && x.holders.length > 0))!;
    const firstBracket = bracketed.pieces.find((x) => x.kind === 'bracket')!;
    if (firstBracket.kind !== 'bracket') throw new Error('no bracket');
    const newText = `Preface. ${bracketed.text}`;
    editParagraph(secretariat(), { documentId, paragraphId: bracketed.id, version: bracketed.version, text: newText });
    const after = document().paragraphs.find((p) => p.id === bracketed.id)!;
    const moved = after.pieces.find((x) => x.kind === 'bracket')!;
    expect(moved.kind === 'bracket' && moved.holders).toEqual(firstBracket.holders);
  });
});
