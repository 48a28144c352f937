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
