import type { TextSpan } from './amendment-form';

/** A word character: a selection that cuts a word takes the whole of it. */
const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;

/**
 * The words selected within one paragraph's text (an element with `data-paragraph-id`), as
 * a span of that paragraph's plain text; null when nothing is selected or the selection
 * runs outside one paragraph's text. The holders' codes and screen-reader notes drawn in
 * the text (`data-non-text`) are not part of it. The selected words are looked up in the
 * text, and the occurrence nearest to where they were selected wins.
 */
export function selectedSpan(
  selection: globalThis.Selection | null,
  textOf: (paragraphId: number) => string | null,
): { paragraphId: number; element: Element; span: TextSpan; rect: DOMRect } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const element = elementOf(range.startContainer)?.closest('[data-paragraph-id]');
  if (!element || !element.contains(range.endContainer)) return null;
  const paragraphId = Number(element.getAttribute('data-paragraph-id'));
  const text = textOf(paragraphId);
  if (text === null) return null;

  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const selected = plainText(range);
  const trimmed = selected.trim();
  if (!trimmed) return null;
  const near = plainText(before).length + (selected.length - selected.trimStart().length);

  let start = -1;
  for (let at = text.indexOf(trimmed); at !== -1; at = text.indexOf(trimmed, at + 1)) {
    if (start === -1 || Math.abs(at - near) < Math.abs(start - near)) start = at;
  }
  if (start === -1) return null;
  let end = start + trimmed.length;
  while (start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) start -= 1;
  while (end < text.length && WORD.test(text[end]) && WORD.test(text[end - 1])) end += 1;
  return { paragraphId, element, span: { start, end }, rect: range.getBoundingClientRect() };
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** What a range holds of the text itself, without what is drawn for the reader alone. */
function plainText(range: Range): string {
  const content = range.cloneContents();
  content.querySelectorAll('[data-non-text]').forEach((node) => node.remove());
  return content.textContent ?? '';
}
