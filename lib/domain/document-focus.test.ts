import { describe, expect, it } from 'vitest';
import { focusView, LONG_TEXT, PART_SIZE, textParts, type ParagraphFacts } from './document-focus';

const before = new Date(Date.UTC(2027, 2, 10, 9));
const after = new Date(Date.UTC(2027, 2, 10, 10));
const visit = new Date(Date.UTC(2027, 2, 10, 9, 30));

let nextId = 1;
const paragraph = (facts: Partial<ParagraphFacts> = {}): ParagraphFacts => ({
  id: nextId++,
  kind: 'operative',
  text: 'Text.',
  status: 'draft',
  openBrackets: 0,
  openAmendmentCount: 0,
  number: null,
  lastChangeAt: before,
  ...facts,
});

describe('focusView', () => {
  const oceans = paragraph({ kind: 'heading', text: 'Oceans' });
  const bracketed = paragraph({ openBrackets: 1, status: 'bracketed' });
  const amended = paragraph({ openAmendmentCount: 2 });
  const climate = paragraph({ kind: 'heading', text: 'Climate' });
  const changed = paragraph({ lastChangeAt: after });
  const plain = paragraph();
  const text = [oceans, bracketed, amended, climate, changed, plain];

  it('counts each filter, headings aside', () => {
    expect(focusView(text, 'all', visit, null).counts).toEqual({ all: 4, bracketed: 1, amended: 1, changed: 1 });
  });

  it('keeps the headings of the sections it shows paragraphs of', () => {
    expect(focusView(text, 'bracketed', visit, null).shownIds).toEqual([oceans.id, bracketed.id]);
    expect(focusView(text, 'changed', visit, null).shownIds).toEqual([climate.id, changed.id]);
    expect(focusView(text, 'all', visit, null).shownIds).toEqual(text.map((p) => p.id));
  });

  it('counts a paragraph with a status of bracketed but no brackets left as bracketed', () => {
    const statusOnly = paragraph({ status: 'bracketed' });
    expect(focusView([statusOnly], 'bracketed', null, null).matching).toBe(1);
  });

  it('shows nothing as changed on a first visit', () => {
    expect(focusView(text, 'changed', null, null)).toMatchObject({ shownIds: [], matching: 0, total: 4 });
  });

  it('shows a short text whole and a long one a part at a time', () => {
    expect(focusView(text, 'all', visit, null).paging).toBeNull();
    const long = [paragraph({ kind: 'heading', text: 'Oceans' }), ...Array.from({ length: LONG_TEXT + 20 }, () => paragraph())];
    const first = focusView(long, 'all', null, null);
    expect(first.shownIds).toHaveLength(PART_SIZE);
    expect(first.paging?.previous).toBeNull();
    const second = focusView(long, 'all', null, first.paging!.next!.key);
    expect(second.shownIds).toEqual(long.slice(PART_SIZE).map((p) => p.id));
    expect([second.paging?.previous?.key, second.paging?.next]).toEqual([long[0].id, null]);
    expect(second.paging?.current.continues).toBe('Oceans');
  });
});

describe('textParts', () => {
  it('opens a part at each heading and counts its paragraphs, amendments and brackets', () => {
    const heading = paragraph({ kind: 'heading', text: 'Trade' });
    const parts = textParts([paragraph({ number: 1 }), heading, paragraph({ openAmendmentCount: 3, number: 2 }), paragraph({ openBrackets: 2, number: 3 })]);
    expect(parts.map((p) => [p.heading?.text ?? null, p.paragraphs, p.openAmendments, p.openBrackets, p.firstNumber])).toEqual([
      [null, 1, 0, 0, 1],
      ['Trade', 2, 3, 2, 2],
    ]);
  });
});
