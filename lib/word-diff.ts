import { diffWords } from 'diff';

export type WordChange = { text: string; kind: 'same' | 'added' | 'removed' };

export type WordComparison = { changes: WordChange[]; added: number; removed: number };

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The word-by-word difference from `older` to `newer` (jsdiff), with how many words were
 * added and removed. Whitespace changes alone do not count as changes.
 */
export function compareWords(older: string, newer: string): WordComparison {
  const changes: WordChange[] = diffWords(older, newer).map((part) => ({
    text: part.value,
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
  const total = (kind: WordChange['kind']) =>
    changes.filter((c) => c.kind === kind).reduce((sum, c) => sum + countWords(c.text), 0);
  return { changes, added: total('added'), removed: total('removed') };
}
