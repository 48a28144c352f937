/**
 * A document's symbol, as UN-style meetings print it top right on the first page: the
 * meeting's code, the document's running number, and `/Rev.n` once the text was reissued
 * after adoption (`VG/2018/1`, `VG/2018/1/Rev.1`). A meeting without a code (made before
 * codes existed) gives the number alone.
 */
export function documentSymbol(code: string, number: number, reissue: number): string {
  const base = code ? `${code}/${number}` : String(number);
  return reissue > 0 ? `${base}/Rev.${reissue}` : base;
}

/**
 * What a meeting's document code may be: upper-case letters, digits, `/`, `-` and `.`,
 * starting with a letter, at most 20 characters (`VG/2018`, `LOC/2026`, `SOM-3.A`).
 */
export const DOCUMENT_CODE_PATTERN = /^[A-Z][A-Z0-9/.-]{0,19}$/;
