import { describe, expect, it } from 'vitest';
import { compareWords } from './word-diff';

describe('word-by-word comparison', () => {
  it('marks the words added and removed and counts them', () => {
    const { changes, added, removed } = compareWords('Pressure must be maintained.', 'Pressure must be increased and sustained.');
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.text)).toEqual(['maintained']);
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.text)).toEqual(['increased and sustained']);
    expect({ added, removed }).toEqual({ added: 3, removed: 1 });
    // Reading the unchanged and added parts in order gives the newer text back.
    expect(changes.filter((c) => c.kind !== 'removed').map((c) => c.text).join('')).toBe('Pressure must be increased and sustained.');
  });

  it('finds nothing to mark between equal texts', () => {
    expect(compareWords('Same text.', 'Same text.')).toEqual({ changes: [{ text: 'Same text.', kind: 'same' }], added: 0, removed: 0 });
  });
});

describe('word-by-word comparison, the edges', () => {
  const read = (changes: { text: string; kind: string }[], skip: string) =>
    changes.filter((c) => c.kind !== skip).map((c) => c.text).join('');

  it('keeps a space after struck words, and gives back the newer text', () => {
    const older = 'Ministers condemned the launches of 2017 by the DPRK in the strongest terms.';
    const newer = 'Ministers  condemned the launches by the DPRK in the strongest possible terms.';
    const { changes, added, removed } = compareWords(older, newer);
    expect(changes).toEqual([
      { kind: 'same', text: 'Ministers  condemned the launches ' },
      { kind: 'removed', text: 'of 2017 ' },
      { kind: 'same', text: 'by the DPRK in the strongest ' },
      { kind: 'added', text: 'possible' },
      { kind: 'same', text: ' terms.' },
    ]);
    expect({ added, removed }).toEqual({ added: 1, removed: 2 });
  });

  it('folds a short shared word into the changes around it, so a rewrite reads as one', () => {
    const older = 'Sanctions are a means of pressure.';
    const newer = 'Dialogue remains a path to peace.';
    const { changes } = compareWords(older, newer);
    // Without folding: "are" struck, "remains" inserted, " a " kept, and so on.
    expect(changes).toEqual([
      { kind: 'removed', text: 'Sanctions are a means of pressure' },
      { kind: 'added', text: 'Dialogue remains a path to peace' },
      { kind: 'same', text: '.' },
    ]);
    expect(read(changes, 'removed')).toBe(newer);
  });

  it('does not count a change of spacing alone', () => {
    expect(compareWords('Peace  and\nstability.', 'Peace and stability.')).toEqual({
      changes: [{ kind: 'same', text: 'Peace and stability.' }],
      added: 0,
      removed: 0,
    });
  });

  it('treats accented names as whole words', () => {
    const { changes } = compareWords('Mr Çavuşoğlu spoke.', 'Mr Holguín spoke.');
    expect(changes).toEqual([
      { kind: 'same', text: 'Mr ' },
      { kind: 'removed', text: 'Çavuşoğlu ' },
      { kind: 'added', text: 'Holguín' },
      { kind: 'same', text: ' spoke.' },
    ]);
  });

  it('handles an empty side', () => {
    expect(compareWords('', 'New text.').changes).toEqual([{ kind: 'added', text: 'New text.' }]);
    expect(compareWords('Old text.', '')).toEqual({ changes: [{ kind: 'removed', text: 'Old text.' }], added: 0, removed: 2 });
  });

  it('shows a wholesale rewrite of a very long text as removed, then added', () => {
    const older = Array.from({ length: 2500 }, (_, i) => `old${i}`).join(' ');
    const newer = Array.from({ length: 2500 }, (_, i) => `new${i}`).join(' ');
    const { changes, added, removed } = compareWords(older, newer);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
    expect({ added, removed }).toEqual({ added: 2500, removed: 2500 });
    expect(read(changes, 'removed')).toBe(newer);
  });
});

describe('word-by-word comparison, spacing of struck words', () => {
  it('keeps the older space before struck words where the newer text has none', () => {
    const { changes } = compareWords('The way remains open should the DPRK choose.', 'The way remains open, and ministers agreed.');
    const open = changes.findIndex((c) => c.text.endsWith('open'));
    expect(changes[open + 1].kind).toBe('removed');
    expect(changes[open + 1].text.startsWith(' ')).toBe(true);
    expect(changes.filter((c) => c.kind !== 'removed').map((c) => c.text).join('')).toBe('The way remains open, and ministers agreed.');
  });
});

describe('word-by-word comparison, remembered', () => {
  it('gives the same comparison again without redoing it, and forgets the oldest beyond 2,000', () => {
    const first = compareWords('Ministers met.', 'Ministers met in Vancouver.');
    expect(compareWords('Ministers met.', 'Ministers met in Vancouver.')).toBe(first);
    for (let n = 0; n < 2000; n += 1) compareWords(`Text ${n}.`, `Text ${n} changed.`);
    const again = compareWords('Ministers met.', 'Ministers met in Vancouver.');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
