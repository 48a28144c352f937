/**
 * Disputed text in a paragraph: `Ministers [called on / urged] all States…`. A bracket
 * holds one or more alternatives separated by " / "; brackets do not nest. This is the one
 * module that reads them; everything else (pages, exports, validation) goes through it.
 */

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'bracket'; index: number; alternatives: string[] };

export type BracketError = 'unclosed' | 'unopened' | 'nested' | 'empty';

export type ParsedText =
  | { ok: true; segments: Segment[]; bracketCount: number }
  | { ok: false; error: BracketError; /** 0-based offset of the offending character */ at: number };

const ALTERNATIVE_SEPARATOR = ' / ';

/** Splits `text` into plain runs and brackets, or names the first problem and where it is. */
export function parseBrackets(text: string): ParsedText {
  const segments: Segment[] = [];
  let index = 0;
  let runStart = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') {
      if (open !== -1) return { ok: false, error: 'nested', at: i };
      if (i > runStart) segments.push({ kind: 'text', text: text.slice(runStart, i) });
      open = i;
    } else if (ch === ']') {
      if (open === -1) return { ok: false, error: 'unopened', at: i };
      const alternatives = text.slice(open + 1, i).split(ALTERNATIVE_SEPARATOR).map((a) => a.trim());
      if (alternatives.some((a) => a === '' || a === '/')) return { ok: false, error: 'empty', at: open };
      segments.push({ kind: 'bracket', index: index++, alternatives });
      open = -1;
      runStart = i + 1;
    }
  }
  if (open !== -1) return { ok: false, error: 'unclosed', at: open };
  if (runStart < text.length) segments.push({ kind: 'text', text: text.slice(runStart) });
  return { ok: true, segments, bracketCount: index };
}

/** The number of brackets in `text`; 0 for text that does not parse. */
export function countBrackets(text: string): number {
  const parsed = parseBrackets(text);
  return parsed.ok ? parsed.bracketCount : 0;
}

/** The contents of each bracket in order, as written: used to carry holders across edits. */
export function bracketContents(text: string): string[] {
  const parsed = parseBrackets(text);
  if (!parsed.ok) return [];
  return parsed.segments.flatMap((s) => (s.kind === 'bracket' ? [s.alternatives.join(ALTERNATIVE_SEPARATOR)] : []));
}

/**
 * Where each old bracket went after an edit: for each new bracket, the index of the old
 * bracket with the same content (each old bracket used once), or null for a new one.
 */
export function matchBrackets(oldText: string, newText: string): (number | null)[] {
  const remaining = bracketContents(oldText).map((content, index) => ({ content, index }));
  return bracketContents(newText).map((content) => {
    const found = remaining.findIndex((r) => r.content === content);
    if (found === -1) return null;
    return remaining.splice(found, 1)[0].index;
  });
}
