import { describe, expect, it } from 'vitest';
import { countryName, delegationName } from './countries';

describe('delegationName', () => {
  it("names a state by the dataset in the interface language when the record holds the dataset's English name", () => {
    expect(delegationName('jp', 'Japan', 'fr')).toBe('Japon');
    expect(delegationName('th', 'Thailand', 'fr')).toBe('Thaïlande');
    expect(delegationName('jp', 'Japan', 'en')).toBe('Japan');
  });

  it("reads the dataset's English aliases as its names too", () => {
    expect(delegationName('kr', 'Republic of Korea', 'fr')).toBe(countryName('kr', 'fr'));
    expect(delegationName('us', 'United States', 'fr')).toBe(countryName('us', 'fr'));
    expect(delegationName('tr', 'Turkey', 'fr')).toBe('Turquie');
  });

  it('keeps a protocol name the secretariat typed as typed, in every language', () => {
    expect(delegationName('gb', 'United Kingdom of Great Britain and Northern Ireland (Host)', 'fr')).toBe(
      'United Kingdom of Great Britain and Northern Ireland (Host)',
    );
    expect(delegationName('kr', 'Korea', 'en')).toBe('Korea');
  });
});
