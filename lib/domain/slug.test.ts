import { describe, expect, it } from 'vitest';
import { proposeSlug, SLUG_PATTERN } from './slug';

describe('proposeSlug', () => {
  it('proposes a URL-safe address from a short title', () => {
    expect(proposeSlug("Réunion d'Ottawa 2026")).toBe('reunion-d-ottawa-2026');
    expect(proposeSlug('  Lisbon Ocean Talks / SOM  ')).toBe('lisbon-ocean-talks-som');
    expect(proposeSlug('---')).toBe('');
    for (const title of ['Réunion d’Ottawa 2026', 'G7 — Foreign Ministers', 'Ñandú 2030']) expect(proposeSlug(title)).toMatch(SLUG_PATTERN);
  });
});
