/**
 * A record id from an address segment: a positive safe integer, or null for anything else
 * (the page then answers 404 rather than asking the database about "abc").
 */
export function positiveId(raw: string): number | null {
  const id = Number(raw);
  return /^\d+$/.test(raw) && Number.isSafeInteger(id) && id > 0 ? id : null;
}
