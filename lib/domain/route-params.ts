/**
 * A whole number as the app writes it: decimal digits without a sign, a leading zero, an
 * exponent or a base prefix. `Number()` would also take "1e0", "0x1", " 1" or "1.0", so one
 * record would have many addresses, and logs and caches would tell them apart.
 */
const CANONICAL_WHOLE_NUMBER = /^(?:0|[1-9]\d{0,15})$/;

/** A whole number from 0 written canonically, or null for anything else. */
export function wholeNumber(raw: string | null | undefined): number | null {
  if (typeof raw !== 'string' || !CANONICAL_WHOLE_NUMBER.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * A record id from an address segment or a form field: a positive safe integer written
 * canonically, or null for anything else (the page then answers 404 rather than asking the
 * database about "abc").
 */
export function positiveId(raw: string | null | undefined): number | null {
  const id = wholeNumber(raw);
  return id !== null && id > 0 ? id : null;
}
