import { describe, expect, it } from 'vitest';
import { hasVisibleText, printable, printableStrings } from './printable';

describe('printable text for exports', () => {
  it('drops control characters and bidi embeddings, overrides and isolates; keeps tabs, line feeds and scripts', () => {
    expect(printable('Kono\u0000\u0007 Taro\u009b')).toBe('Kono Taro');
    expect(printable('\u202eReservation\u202c of \u2066Japan\u2069, \u202aa\u202b\u202d')).toBe('Reservation of Japan, a');
    expect(printable('Line one\nLine\ttwo')).toBe('Line one\nLine\ttwo');
    expect(printable('Çavuşoğlu, Łódź, وزير الخارجية, שר החוץ')).toBe('Çavuşoğlu, Łódź, وزير الخارجية, שר החוץ');
  });

  it('cleans every string of an input however deep, and keeps dates and numbers', () => {
    const at = new Date('2018-01-16T17:00:00Z');
    const input = { title: 'A\u202e', list: [{ name: 'B\u0001', at, n: 3 }], nested: { deeper: ['C\u2067'] }, none: null };
    expect(printableStrings(input)).toEqual({ title: 'A', list: [{ name: 'B', at, n: 3 }], nested: { deeper: ['C'] }, none: null });
    expect(printableStrings(input).list[0].at).toBe(at);
  });
});

describe('visible text', () => {
  it('needs one character that shows: zero-width, format and white space characters alone are not text', () => {
    for (const empty of ['', '   ', '\u200b\u200b', '\u200c\u200d\u2060\ufeff', '\u00a0\u3000\n\t', '\u202e\u2066']) {
      expect(hasVisibleText(empty), JSON.stringify(empty)).toBe(false);
    }
    for (const text of ['a', '\u200b.\u200b', '９', 'وزير', '—']) expect(hasVisibleText(text), text).toBe(true);
  });
});
