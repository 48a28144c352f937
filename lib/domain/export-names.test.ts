import { describe, expect, it } from 'vitest';
import { documentFileName } from './export-names';

const summary = { kind: 'co_chairs_summary', revision: 7, number: 1, reissue: 0 };

describe('documentFileName', () => {
  it("keeps the plain name for a meeting's first document", () => {
    expect(documentFileName('vancouver-2018', summary, 'clean', 'pdf')).toBe('vancouver-2018-co-chairs-summary.pdf');
    expect(documentFileName('vancouver-2018', summary, 'draft', 'docx')).toBe('vancouver-2018-co-chairs-summary-draft-revision-7.docx');
  });

  it('names the running number of every later document and the reissue, so no two documents share a name', () => {
    expect(documentFileName('vancouver-2018', { ...summary, number: 2 }, 'clean', 'pdf')).toBe('vancouver-2018-co-chairs-summary-2.pdf');
    expect(documentFileName('vancouver-2018', { ...summary, reissue: 1 }, 'clean', 'pdf')).toBe('vancouver-2018-co-chairs-summary-rev-1.pdf');
    expect(documentFileName('vancouver-2018', { ...summary, number: 3, reissue: 2 }, 'draft', 'pdf')).toBe(
      'vancouver-2018-co-chairs-summary-3-rev-2-draft-revision-7.pdf',
    );
  });
});
