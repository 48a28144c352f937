import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-fold';

describe('foldForSearch', () => {
  it('drops case and accents, so that a name typed without them matches', () => {
    expect(foldForSearch('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(foldForSearch('ÇAVUŞ')).toBe('cavus');
    expect(foldForSearch('Holguín')).toBe('holguin');
    expect(foldForSearch('Réunion d’Ottawa')).toBe('reunion d’ottawa');
  });

  it('folds the letters that have no mark to drop', () => {
    expect(foldForSearch('Łódź')).toBe('lodz');
    expect(foldForSearch('Ørsted, Đorđević, Þórdís, Straße, İstanbul, Kırşehir')).toBe('orsted, dordevic, thordis, strasse, istanbul, kirsehir');
  });

  it('leaves digits, spaces and the wildcards of a pattern as typed', () => {
    expect(foldForSearch('officer_1 100% ')).toBe('officer_1 100% ');
  });
});
