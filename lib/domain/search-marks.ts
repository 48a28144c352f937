/**
 * Search snippets come back from SQLite with the matching words between two marker
 * characters. They are control characters that stored text never holds (the mutations strip
 * them), so a snippet can be split into plain text and matches, and rendered as React text
 * with <mark> around the matches: no HTML is ever built from what someone typed.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export type MarkedSegment = { text: string; match: boolean };

/** Splits a marked snippet into segments in order; empty segments are dropped. */
export function markedSegments(snippet: string): MarkedSegment[] {
  const segments: MarkedSegment[] = [];
  for (const [index, part] of snippet.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? [null, part] : splitOnce(part, MATCH_END);
    if (matched) segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

function splitOnce(part: string, separator: string): [string, string] {
  const at = part.indexOf(separator);
  return at === -1 ? [part, ''] : [part.slice(0, at), part.slice(at + separator.length)];
}

/**
 * A snippet of a statement's Markdown as the reader sees the statement: the marks of
 * emphasis and strong, list bullets and numbers, heading and quote marks and link targets
 * dropped, lines joined. The match markers stay where they are.
 */
export function plainSnippet(snippet: string): string {
  const mark = `[${MATCH_START}${MATCH_END}]*`;
  return snippet
    .replace(new RegExp(`(^|\\n)(${mark})[ \\t]*(?:[-*+]|\\d{1,9}[.)]|#{1,6}|>)[ \\t]+`, 'g'), '$1$2')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(new RegExp(`(^|[\\s(…])(${mark})[*_](?=\\S)`, 'g'), '$1$2')
    .replace(new RegExp(`(?<=\\S)[*_](${mark})(?=$|[\\s).,;:!?…])`, 'g'), '$1')
    .replace(/[ \t]*\n+[ \t]*/g, ' ');
}
