/**
 * Operative paragraphs are numbered 1, 2, 3… in document order; preambular paragraphs and
 * headings carry no number. Returns the number for each paragraph, null where none.
 */
export function operativeNumbers(kinds: readonly string[]): (number | null)[] {
  let next = 0;
  return kinds.map((kind) => (kind === 'operative' ? ++next : null));
}
