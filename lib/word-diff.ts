import { diffWords } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** The word-by-word difference from `before` to `after`, for redlines and comparisons. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
