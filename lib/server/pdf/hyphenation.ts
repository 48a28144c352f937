import 'server-only';
import { hyphenateSync as hyphenateBritish } from 'hyphen/en-gb';
import { hyphenateSync as hyphenateFrench } from 'hyphen/fr';
import type { Locale } from '@/i18n/locales';

const SOFT_HYPHEN = '\u00ad';

const HYPHENATE: Record<Locale, (text: string, options: { minWordLength: number }) => string> = { en: hyphenateBritish, fr: hyphenateFrench };

/**
 * Where a paragraph is set: its box and its lines' look. `hyphenate`: break words as the
 * language does (French always is; English in narrow columns, where unbroken words would
 * leave wide gaps in justified lines).
 */
export type Setting = { x: number; y: number; width: number; lineGap: number; justify: boolean; hyphenate: boolean };

/**
 * Sets `text` as a paragraph in the current font and returns its height; with `draw` false,
 * only measures it. Hyphenated, it breaks as the language's typesetting does (the `hyphen`
 * package's patterns): a word that does not fit is broken at its last break point that
 * does, with a hyphen. Lines are broken here rather than by pdfkit, whose own soft-hyphen
 * handling prints hyphens mid-line and drops real ones with these fonts. Unhyphenated text
 * is left to pdfkit, which breaks it at spaces.
 */
export function setParagraph(doc: PDFKit.PDFDocument, text: string, language: Locale, setting: Setting, draw = true): number {
  const { x, y, width, lineGap, justify, hyphenate } = setting;
  if (!hyphenate) {
    const options = { width, lineGap, align: justify ? ('justify' as const) : ('left' as const) };
    if (draw) doc.text(text, x, y, options);
    return doc.heightOfString(text, options);
  }
  const lines = breakLines(doc, HYPHENATE[language](text, { minWordLength: 6 }), width);
  const lineHeight = doc.currentLineHeight(true) + lineGap;
  if (draw) {
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      const spaces = line.split(' ').length - 1;
      const slack = width - doc.widthOfString(line);
      const wordSpacing = justify && !last && spaces > 0 ? slack / spaces : 0;
      doc.text(line, x, y + i * lineHeight, { lineBreak: false, wordSpacing });
    });
    doc.x = x;
    doc.y = y + lines.length * lineHeight;
  }
  return lines.length * lineHeight;
}

/** Greedy line breaking at spaces and, for a word that does not fit, at its soft hyphens. */
function breakLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const fits = (candidate: string) => doc.widthOfString(candidate) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const joined = line ? `${line} ${plain(word)}` : plain(word);
    if (fits(joined)) {
      line = joined;
      continue;
    }
    // The longest start of the word that fits on this line with its hyphen.
    const parts = word.split(SOFT_HYPHEN);
    let taken = 0;
    for (let n = parts.length - 1; n > 0; n--) {
      const head = `${parts.slice(0, n).join('')}-`;
      if (fits(line ? `${line} ${head}` : head)) {
        taken = n;
        break;
      }
    }
    if (taken > 0) {
      lines.push(`${line ? `${line} ` : ''}${parts.slice(0, taken).join('')}-`);
      line = parts.slice(taken).join('');
    } else {
      if (line) lines.push(line);
      line = plain(word);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const plain = (word: string) => word.replaceAll(SOFT_HYPHEN, '');
