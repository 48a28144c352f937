import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, markedSegments, plainSnippet } from './search-marks';

describe('marked search snippets', () => {
  it('splits a snippet into plain text and matches, in order', () => {
    expect(markedSegments(`…the ${MATCH_START}sanctions${MATCH_END} and ${MATCH_START}pressure${MATCH_END}`)).toEqual([
      { text: '…the ', match: false },
      { text: 'sanctions', match: true },
      { text: ' and ', match: false },
      { text: 'pressure', match: true },
    ]);
  });

  it('keeps markup-looking text as plain text and tolerates an unclosed mark', () => {
    expect(markedSegments('<b>no</b>')).toEqual([{ text: '<b>no</b>', match: false }]);
    expect(markedSegments(`a ${MATCH_START}b`)).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
    ]);
  });

  it('shows a snippet of Markdown as its text: no marks of emphasis, bullets or numbers, one line', () => {
    const [m, n] = [MATCH_START, MATCH_END];
    expect(plainSnippet(`We **fully** support ${m}sanctions${n}:\n\n- full *implementation*\n- ${m}maritime${n} _interdiction_\n1. talks`)).toBe(
      `We fully support ${m}sanctions${n}: full implementation ${m}maritime${n} interdiction talks`,
    );
    expect(plainSnippet(`…**${m}sanctions${n}** and *${m}pressure${n}*, see [the text](https://example.org)`)).toBe(
      `…${m}sanctions${n} and ${m}pressure${n}, see the text`,
    );
    // Underscores and stars inside words, and a dash between words, are text.
    expect(plainSnippet('snake_case 2*3 well - said')).toBe('snake_case 2*3 well - said');
  });
});
