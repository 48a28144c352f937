import { beforeEach, describe, expect, it } from 'vitest';
import { viewerFor } from '@/test/database';
import { AccessDenied } from '../access';
import { editParagraph } from './paragraphs';
import { recordStance } from './stances';
import { onTheDemoDocument } from '@/test/drafting';

describe('stances on the text', () => {
  const scene = onTheDemoDocument();
  const { secretariat, japan, document, paragraphWith } = scene;
  let documentId: number;
  beforeEach(() => {
    documentId = scene.documentId;
  });

  it('marks a stance given on an earlier revision once the text changes', () => {
    const head = viewerFor('jp.head@vancouver.test');
    recordStance(head, { documentId, kind: 'endorse', text: '' });
    const jp = () => document().stances.find((s) => s.delegation.code === 'jp')!.stance!;
    expect(jp().earlier).toBe(false);
    const p = paragraphWith('draft');
    editParagraph(secretariat(), { documentId, paragraphId: p.id, version: p.version, text: 'Changed.' });
    expect(jp().earlier).toBe(true);
    expect(() => recordStance(japan(), { documentId, kind: 'endorse', text: '' })).toThrow(AccessDenied);
  });
});
