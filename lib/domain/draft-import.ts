import { parseBrackets, type BracketError } from './brackets';
import { PARAGRAPH_TEXT_LIMIT } from './limits';

/**
 * Reading a draft someone already has, pasted as text or converted from a .docx (mammoth's
 * HTML), into the paragraphs of a new outcome document. Pure: no I/O, the same input gives
 * the same paragraphs, so the preview the secretariat confirms is what gets saved.
 *
 * The rules, in the order they apply to each paragraph:
 * - Headings: in a .docx, what Word marks as one (Title and Heading styles, which mammoth
 *   gives as <h1>–<h6>); in both, a paragraph in capitals ("SANCTIONS IMPLEMENTATION") or
 *   one starting with `#`. Pasted text has no styles, so there a short line (at most 80
 *   characters) without final punctuation and without a paragraph number is a heading too.
 * - Paragraph numbers are stripped: `1.`, `12)`, `(3)`, `(a)`, `b)`, `iv.`, `(ii)`, and items
 *   of a numbered Word list. The document numbers its operative paragraphs itself.
 * - Preambular or operative: the preamble is the leading run of unnumbered paragraphs. In a
 *   draft with numbered paragraphs it ends at the first numbered one (whatever its wording,
 *   "Ministers met in…" included, as in a communiqué's opening); in a draft without any
 *   numbers it ends at the first paragraph that does not open like a preambular one, with a
 *   participle ("Recalling", "Noting", "Recognizing", "Welcoming", "Reaffirming", any word
 *   in -ing) or one of the adjectives preambles use ("Convinced", "Mindful", "Concerned"…).
 *   Everything after the preamble is operative, numbered or not.
 * - Brackets stay as written: a paragraph holding one is `bracketed`, any other `draft`.
 *   Brackets that do not parse (an unclosed `[`), and paragraphs longer than a paragraph
 *   may be, are reported as problems: the draft is not imported until they are fixed.
 */

export type ImportedParagraph = {
  kind: 'heading' | 'preambular' | 'operative';
  text: string;
  status: 'draft' | 'bracketed';
};

export type ImportProblem = {
  /** 1-based, in the order the preview lists the paragraphs. */
  paragraph: number;
  code: 'bracketUnclosed' | 'bracketUnopened' | 'bracketNested' | 'bracketEmpty' | 'paragraphTooLong';
};

export type DraftImport = { paragraphs: ImportedParagraph[]; problems: ImportProblem[] };

/** How many paragraphs one import may hold: a long communiqué has about a hundred. */
export const IMPORT_PARAGRAPH_LIMIT = 1000;

/** A paragraph as read from the source, before it is classified. */
type Block = { text: string; styledHeading: boolean; listNumbered: boolean };

// `1.` `12)` `(3)` `(a)` `b)` `iv.` `(ii)`, followed by a space. A lone capital with a point
// ("I. ") is left alone: it is as often an initial as a number.
const ARABIC_NUMBER = /^(?:\(\d{1,3}\)|\d{1,3}[.)])\s+/;
const SUBPARAGRAPH_MARK = /^(?:\((?:[a-z]|[ivxlc]{1,6})\)|(?:[a-z]|[ivxlc]{1,6})[.)])\s+/;
const FINAL_PUNCTUATION = /[.,;:!?…)\]"'”’]$/;
const SHORT_HEADING_LIMIT = 80;
const PREAMBULAR_WORDS = new Set([
  'acknowledging', 'affirming', 'alarmed', 'appreciating', 'aware', 'bearing', 'believing', 'concerned', 'conscious',
  'considering', 'convinced', 'deeply', 'desiring', 'determined', 'emphasizing', 'emphasising', 'encouraged', 'expressing',
  'guided', 'having', 'mindful', 'noting', 'reaffirming', 'recalling', 'recognizing', 'recognising', 'reiterating',
  'stressing', 'underlining', 'welcoming',
]);

const BRACKET_PROBLEM: Record<BracketError, ImportProblem['code']> = {
  unclosed: 'bracketUnclosed',
  unopened: 'bracketUnopened',
  nested: 'bracketNested',
  empty: 'bracketEmpty',
};

/** One line of spaces: runs of white space (tabs, no-break spaces, soft line breaks) become one space. */
const normaliseSpaces = (text: string) => text.replace(/[\s\u00a0\u2000-\u200b\u202f]+/g, ' ').trim();

const inCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

function opensLikePreamble(text: string): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0];
  if (!first || first[0] !== first[0].toUpperCase()) return false;
  const word = first.toLowerCase();
  return PREAMBULAR_WORDS.has(word) || (word.length > 4 && word.endsWith('ing'));
}

/** Classifies the blocks of a draft; `shortLinesAreHeadings` for plain text, which has no styles. */
function classify(blocks: Block[], shortLinesAreHeadings: boolean): DraftImport {
  const read = blocks
    .map((block) => {
      let text = normaliseSpaces(block.text);
      let heading = block.styledHeading;
      if (text.startsWith('#')) {
        text = text.replace(/^#+\s*/, '');
        heading = true;
      }
      const numbered = block.listNumbered || ARABIC_NUMBER.test(text) || SUBPARAGRAPH_MARK.test(text);
      text = text.replace(ARABIC_NUMBER, '').replace(SUBPARAGRAPH_MARK, '');
      if (!heading && !numbered && !text.includes('[')) {
        heading =
          inCapitals(text) ||
          (shortLinesAreHeadings && text.length <= SHORT_HEADING_LIMIT && !FINAL_PUNCTUATION.test(text) && !opensLikePreamble(text));
      }
      return { text, heading, numbered };
    })
    .filter((block) => block.text !== '');

  const hasNumbers = read.some((block) => block.numbered && !block.heading);
  let inPreamble = true;
  const paragraphs: ImportedParagraph[] = [];
  const problems: ImportProblem[] = [];
  for (const block of read) {
    let kind: ImportedParagraph['kind'] = 'heading';
    if (!block.heading) {
      if (inPreamble && (block.numbered || (!hasNumbers && !opensLikePreamble(block.text)))) inPreamble = false;
      kind = inPreamble ? 'preambular' : 'operative';
    }
    const parsed = parseBrackets(block.text);
    paragraphs.push({ kind, text: block.text, status: parsed.ok && parsed.bracketCount > 0 ? 'bracketed' : 'draft' });
    const paragraph = paragraphs.length;
    if (!parsed.ok) problems.push({ paragraph, code: BRACKET_PROBLEM[parsed.error] });
    if (block.text.length > PARAGRAPH_TEXT_LIMIT) problems.push({ paragraph, code: 'paragraphTooLong' });
  }
  return { paragraphs, problems };
}

/**
 * A pasted draft. With blank lines in it, paragraphs are separated by blank lines and the
 * lines of one paragraph are joined (as in hard-wrapped e-mail text), except that a line
 * starting with a paragraph number or `#` always starts a new paragraph; without blank
 * lines, every line is a paragraph (as text copied from Word comes).
 */
export function readDraftText(source: string): DraftImport {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blankSeparated = /\n[ \t\u00a0]*\n/.test(source.replace(/\r\n?/g, '\n').trim());
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: current.join(' '), styledHeading: false, listNumbered: false });
    current = [];
  };
  for (const line of lines) {
    const trimmed = normaliseSpaces(line);
    if (!blankSeparated || trimmed === '' || trimmed.startsWith('#') || ARABIC_NUMBER.test(trimmed) || SUBPARAGRAPH_MARK.test(trimmed)) flush();
    if (trimmed !== '') current.push(trimmed);
  }
  flush();
  return classify(blocks, true);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * A .docx draft as mammoth converts it to HTML: each <p>, <h1>–<h6> and <li> is a paragraph
 * (a list item inside <ol> counts as numbered); other tags (bold, links, tables' cells)
 * only carry text. Mammoth writes well-formed, flat HTML, which a scan of its tags reads.
 */
export function readDraftHtml(html: string): DraftImport {
  const blocks: Block[] = [];
  const lists: ('ol' | 'ul')[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const token of html.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-z0-9]+)[^>]*>$/i.exec(token);
    if (!tag) {
      if (token) {
        current ??= { text: '', styledHeading: false, listNumbered: false };
        current.text += decodeEntities(token);
      }
      continue;
    }
    const [, closing, rawName] = tag;
    const name = rawName.toLowerCase();
    if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push(name);
    } else if (name === 'p' || name === 'li' || /^h[1-6]$/.test(name)) {
      flush();
      if (!closing) current = { text: '', styledHeading: name.startsWith('h'), listNumbered: name === 'li' && lists.at(-1) === 'ol' };
    } else if (name === 'br' && current) {
      current.text += ' ';
    }
  }
  flush();
  return classify(blocks, false);
}
