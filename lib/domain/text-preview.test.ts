import { describe, expect, it } from 'vitest';
import { previewText, type PreviewSource } from './text-preview';

const text: PreviewSource[] = [
  { id: 1, kind: 'heading', text: 'Oceans', amendments: [] },
  {
    id: 2,
    kind: 'operative',
    text: 'We [commit / aspire] to protect the ocean.',
    amendments: [
      { action: 'replace', proposedText: 'We commit to protect the ocean.', delegation: 'Canada' },
      { action: 'insert_after', proposedText: 'We welcome the treaty.', delegation: 'Japan' },
      { action: 'delete', proposedText: '', delegation: 'France' },
    ],
  },
  { id: 3, kind: 'operative', text: 'We meet again in 2028.', amendments: [{ action: 'delete', proposedText: '', delegation: 'Chile' }] },
];

describe('previewText', () => {
  it('reads the text as it stands, brackets and all, with every amendment rejected', () => {
    expect(previewText(text, 'rejected').map((p) => [p.text, p.changedBy])).toEqual([
      ['Oceans', null],
      ['We [commit / aspire] to protect the ocean.', null],
      ['We meet again in 2028.', null],
    ]);
  });

  it('applies the oldest rewrite, notes its competitors, and keeps every insertion', () => {
    const accepted = previewText(text, 'accepted');
    expect(accepted.map((p) => [p.key, p.text, p.changedBy, p.competing, p.inserted])).toEqual([
      ['1', 'Oceans', null, 0, false],
      ['2', 'We commit to protect the ocean.', 'Canada', 2, false],
      ['2+0', 'We welcome the treaty.', 'Japan', 0, true],
      ['3', null, 'Chile', 0, false],
    ]);
  });

  it('inserts an operative paragraph after a heading', () => {
    const [, inserted] = previewText([{ id: 1, kind: 'heading', text: 'Oceans', amendments: [{ action: 'insert_after', proposedText: 'New.', delegation: 'Peru' }] }], 'accepted');
    expect([inserted.kind, inserted.paragraphId]).toEqual(['operative', null]);
  });
});
