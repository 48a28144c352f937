/** A meeting's address segment: lower-case letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 60;

/**
 * The address proposed for a short title: accents dropped, every run of other characters
 * one hyphen ("Réunion d'Ottawa 2026" → "reunion-d-ottawa-2026"). May be empty.
 */
export function proposeSlug(shortTitle: string): string {
  return shortTitle
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}
