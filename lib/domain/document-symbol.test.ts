import { describe, expect, it } from 'vitest';
import { DOCUMENT_CODE_PATTERN, documentSymbol } from './document-symbol';

describe('documentSymbol', () => {
  it("joins the meeting's code and the running number", () => {
    expect(documentSymbol('VG/2018', 1, 0)).toBe('VG/2018/1');
    expect(documentSymbol('LOC/2026', 12, 0)).toBe('LOC/2026/12');
  });

  it('adds /Rev.n once the text was reissued', () => {
    expect(documentSymbol('VG/2018', 1, 1)).toBe('VG/2018/1/Rev.1');
    expect(documentSymbol('VG/2018', 3, 2)).toBe('VG/2018/3/Rev.2');
  });

  it('gives the number alone for a meeting without a code', () => {
    expect(documentSymbol('', 2, 0)).toBe('2');
    expect(documentSymbol('', 2, 1)).toBe('2/Rev.1');
  });
});

describe('DOCUMENT_CODE_PATTERN', () => {
  it('takes upper-case codes that start with a letter, up to 20 characters', () => {
    for (const code of ['VG/2018', 'LOC/2026', 'SOM-3.A', 'A', 'ABCDEFGHIJ/123456789']) expect(code).toMatch(DOCUMENT_CODE_PATTERN);
  });

  it('refuses lower case, a leading digit or slash, spaces, other signs and more than 20 characters', () => {
    for (const code of ['vg/2018', '2018/VG', '/VG', 'VG 2018', 'VG_2018', 'VG/2018!', '', 'ABCDEFGHIJ/1234567890']) {
      expect(code).not.toMatch(DOCUMENT_CODE_PATTERN);
    }
  });
});
