import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, markedSegments } from './search-marks';

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
});
