import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { paragraphs } from '../schema';
import { addComment } from './comments';
import { expectRule, onTheDemoDocument } from '@/test/drafting';

describe('comments on the text', () => {
  const scene = onTheDemoDocument();
  const { japan, document, paragraphWith } = scene;
  let documentId: number;
  beforeEach(() => {
    documentId = scene.documentId;
  });

  it('comments go on paragraphs of this document only', () => {
    const p = paragraphWith('agreed');
    addComment(japan(), { documentId, paragraphId: p.id, amendmentId: null, body: 'We can live with this.' });
    expect(document().paragraphs.find((x) => x.id === p.id)!.comments.at(-1)!.body).toBe('We can live with this.');
    const other = getDb().select({ id: paragraphs.id }).from(paragraphs).get()!.id + 100_000;
    expectRule(() => addComment(japan(), { documentId, paragraphId: other, amendmentId: null, body: 'x' }), 'paragraphUnknown');
    const before = document().paragraphs.find((x) => x.id === p.id)!.comments.length;
    expectRule(() => addComment(japan(), { documentId, paragraphId: p.id, amendmentId: null, body: '\u200b\u200d\u2060\ufeff' }), 'required');
    expect(document().paragraphs.find((x) => x.id === p.id)!.comments.length).toBe(before);
  });
});
