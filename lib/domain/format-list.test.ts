import { describe, expect, it } from 'vitest';
import { formatList } from './format-list';

describe('formatList', () => {
  it('lists names as each interface language writes a list', () => {
    expect(formatList(['Japan', 'Türkiye', 'France'], 'en')).toBe('Japan, Türkiye and France');
    expect(formatList(['Japon', 'Turquie', 'France'], 'fr')).toBe('Japon, Turquie et France');
    expect(formatList(['Japon'], 'fr')).toBe('Japon');
  });
});
