/**
 * Letters that carry no combining mark to drop: Unicode gives them no decomposition, so
 * "Łódź" would keep its Ł and "Ørsted" its Ø after the marks are gone.
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ı: 'i', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

/**
 * `text` as a search compares it: lower case, accents and other marks dropped, so that an
 * officer typing "cavusoglu", "ÇAVUŞ" or "lodz" finds "Mevlüt Çavuşoğlu" and "Łódź".
 * Everything else (spaces, digits, punctuation) is left as typed.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]);
}
