/**
 * What a printed export must not carry: control characters (C0 but tab and line feed, and
 * C1), which fonts draw as boxes or Word keeps as invisible junk, and the bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), with which a
 * name or a reservation could make the text around it read backwards. Arabic or Hebrew
 * text needs none of them to print right.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without the characters above. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/**
 * A copy of an export's input with every string in it made printable, however deep;
 * dates and other non-plain values are kept as they are. Every renderer starts with it,
 * so the PDF and the DOCX of one text print the same characters.
 */
export function printableStrings<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableStrings) as T;
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, printableStrings(entry)])) as T;
  }
  return value;
}

/** A letter, digit, mark, punctuation or symbol: anything but white space, format and control characters. */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u;

/**
 * Whether `text` shows anything: a comment or reason of only spaces or zero-width
 * characters (U+200B, U+2060, U+FEFF…) would be saved as an empty-looking entry.
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
