/**
 * French typography, applied in one place rather than typed by hand into catalogues: a
 * narrow no-break space (U+202F) before the high punctuation marks `: ; ! ?` and inside
 * guillemets, so a line never breaks between a word and its mark and every message spaces
 * them alike. English text passes through unchanged.
 */

export const NARROW_NO_BREAK_SPACE = '\u202F';

/** Spaces someone may have typed where the narrow no-break space belongs. */
const SPACES = '[ \\u00A0\\u202F]*';

/**
 * A colon counts as punctuation only when a space or the end follows it, so that "09:00",
 * "https://" and ICU skeletons ("::yyyy") keep theirs. `; ! ?` have no other use in prose.
 * The mark must follow something other than a space: a mark opening a line stays put.
 */
const HIGH_PUNCTUATION = new RegExp(`(?<=[^\\s])${SPACES}(:(?=\\s|$)|[;!?])`, 'gu');
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACES}`, 'gu');
const BEFORE_CLOSING_GUILLEMET = new RegExp(`${SPACES}»`, 'gu');

/** `text` spaced as French prints it: "Présidence: « Paix »?" gives "Présidence : « Paix » ?" with narrow no-break spaces. */
export function frenchTypography(text: string): string {
  return text
    .replace(HIGH_PUNCTUATION, `${NARROW_NO_BREAK_SPACE}$1`)
    .replace(AFTER_OPENING_GUILLEMET, `«${NARROW_NO_BREAK_SPACE}`)
    .replace(BEFORE_CLOSING_GUILLEMET, `${NARROW_NO_BREAK_SPACE}»`);
}

/** `text` as typography in `locale` wants it: French spacing for 'fr', unchanged otherwise. */
export function typeset(text: string, locale: string): string {
  return locale === 'fr' ? frenchTypography(text) : text;
}

type Catalogue = { [key: string]: string | Catalogue };

/**
 * A message catalogue with every message typeset for `locale`. The messages are ICU
 * templates: the values put into them later (names, typed text) are not touched, only the
 * catalogue's own words and marks.
 */
export function typesetCatalogue<T extends object>(catalogue: T, locale: string): T {
  if (locale !== 'fr') return catalogue;
  const walk = (node: Catalogue): Catalogue =>
    Object.fromEntries(Object.entries(node).map(([key, value]) => [key, typeof value === 'string' ? frenchTypography(value) : walk(value)]));
  return walk(catalogue as Catalogue) as T;
}
