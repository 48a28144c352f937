import en from '../messages/en.json';
import fr from '../messages/fr.json';
import { parseMessage } from '../test/icu-message';

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue, as written there. */
export const messages = (node: Catalogue): string[] => Object.values(node).flatMap((value) => (typeof value === 'string' ? [value] : messages(value)));

/** The words of `text`, lower case: letters, with inner apostrophes ("l'ordre", "don't"). */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];

const catalogueWords = (catalogue: Catalogue) => new Set(messages(catalogue).flatMap((m) => wordsOf(parseMessage(m).text)));

/** Words the English catalogue uses that the French one never does: on a French page, a sign of English left. */
export const ENGLISH_ONLY_WORDS: ReadonlySet<string> = (() => {
  const french = catalogueWords(fr);
  return new Set([...catalogueWords(en)].filter((word) => !french.has(word)));
})();

/**
 * Messages of `catalogue` that the other one never says, plain enough to be found verbatim in
 * a script: letters, spaces and light punctuation only (nothing that French typesetting or a
 * string escape would change).
 */
export function messagesOnlyIn(catalogue: Catalogue, other: Catalogue): string[] {
  const others = new Set(messages(other));
  return messages(catalogue).filter((message) => /^[A-Za-z ,.()-]{20,}$/.test(message) && !others.has(message));
}
