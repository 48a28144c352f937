/**
 * Each paragraph's number among the paragraphs of its own kind, in document order: the
 * way delegates name them ("operative paragraph 9", "preambular paragraph 2", "heading 1").
 */
export function numbersWithinKind(kinds: readonly string[]): number[] {
  const next = new Map<string, number>();
  return kinds.map((kind) => {
    const number = (next.get(kind) ?? 0) + 1;
    next.set(kind, number);
    return number;
  });
}

/**
 * Operative paragraphs are numbered 1, 2, 3… in document order; preambular paragraphs and
 * headings carry no number. Returns the number for each paragraph, null where none.
 */
export function operativeNumbers(kinds: readonly string[]): (number | null)[] {
  const numbers = numbersWithinKind(kinds);
  return kinds.map((kind, i) => (kind === 'operative' ? numbers[i] : null));
}
