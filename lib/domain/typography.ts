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

/** A mark opening a piece of text that follows an argument: "{name}: …" is a name and its mark. */
const LEADING_HIGH_PUNCTUATION = new RegExp(`^${SPACES}(:(?=\\s|$)|[;!?])`, 'u');

/**
 * A message as next-intl holds it: ICU source text, or, precompiled at build time
 * (next.config's `precompile`, icu-minify's form), a list of parts: literal text,
 * `[name]`, `[name, type, branches or style]`, `[tag, ...children]`, and 0 for "#".
 */
type CompiledPart = string | number | CompiledPart[] | { [selector: string]: CompiledMessage };
type CompiledMessage = string | CompiledPart[];
type Catalogue = { [key: string]: CompiledMessage | Catalogue };

/** The literal pieces of a precompiled message typeset; arguments, styles and selectors untouched. */
function typesetParts(parts: CompiledPart[]): CompiledPart[] {
  return parts.map((part, i) => {
    if (typeof part === 'string') {
      const spaced = frenchTypography(part);
      return i > 0 ? spaced.replace(LEADING_HIGH_PUNCTUATION, `${NARROW_NO_BREAK_SPACE}$1`) : spaced;
    }
    if (!Array.isArray(part)) return part;
    const [name, second, third] = part;
    // [name, type, branches]: plural, select and selectordinal hold a message per selector.
    if (typeof second === 'number') {
      return third && typeof third === 'object' && !Array.isArray(third)
        ? [name, second, Object.fromEntries(Object.entries(third).map(([selector, branch]) => [selector, typesetMessage(branch)]))]
        : part;
    }
    // [tag, ...children] (or [name] alone, which has none).
    return [name, ...typesetParts(part.slice(1))];
  });
}

const typesetMessage = (message: CompiledMessage): CompiledMessage =>
  typeof message === 'string' ? frenchTypography(message) : typesetParts(message);

/**
 * A message catalogue with every message typeset for `locale`, as ICU text (unit tests,
 * which read the JSON) or precompiled (the app's build). Only the catalogue's own words and
 * marks change: the values put into messages later (names, typed text) are not touched.
 */
export function typesetCatalogue<T extends object>(catalogue: T, locale: string): T {
  if (locale !== 'fr') return catalogue;
  const walk = (node: Catalogue): Catalogue =>
    Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        typeof value === 'string' || Array.isArray(value) ? typesetMessage(value) : walk(value),
      ]),
    );
  return walk(catalogue as Catalogue) as T;
}
