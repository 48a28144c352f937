import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import compile from 'icu-minify/compile';
import { frenchTypography, typeset, typesetCatalogue } from './typography';

const NNBSP = '\u202F';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before : ; ! ? whether a space, a no-break space or none was typed', () => {
    expect(frenchTypography('Présidence: Canada')).toBe(`Présidence${NNBSP}: Canada`);
    expect(frenchTypography('Présidence : Canada')).toBe(`Présidence${NNBSP}: Canada`);
    expect(frenchTypography('Présidence\u00A0: Canada')).toBe(`Présidence${NNBSP}: Canada`);
    expect(frenchTypography('Adopter ? Oui ! Puis ; enfin')).toBe(`Adopter${NNBSP}? Oui${NNBSP}! Puis${NNBSP}; enfin`);
    expect(frenchTypography('Votre heure:')).toBe(`Votre heure${NNBSP}:`);
  });

  it('spaces the inside of guillemets', () => {
    expect(frenchTypography('«Paix»')).toBe(`«${NNBSP}Paix${NNBSP}»`);
    expect(frenchTypography('« {title} » ?')).toBe(`«${NNBSP}{title}${NNBSP}»${NNBSP}?`);
  });

  it('leaves colons that are not punctuation alone: times, addresses, ICU skeletons', () => {
    expect(frenchTypography('à 09:00')).toBe('à 09:00');
    expect(frenchTypography('https://example.org')).toBe('https://example.org');
    expect(frenchTypography('{at, date, ::yyyyMMdd}')).toBe('{at, date, ::yyyyMMdd}');
  });

  it('is idempotent: typesetting twice gives what once gave', () => {
    const once = frenchTypography('Délégation: « {name} » ? Oui!');
    expect(frenchTypography(once)).toBe(once);
  });

  it('keeps ICU plural messages valid, touching only their words', () => {
    expect(frenchTypography('{count, plural, =0 {Aperçu: aucun} other {Aperçu: #}}')).toBe(
      `{count, plural, =0 {Aperçu${NNBSP}: aucun} other {Aperçu${NNBSP}: #}}`,
    );
  });
});

describe('typeset', () => {
  it('changes French only', () => {
    expect(typeset('Chair: Canada?', 'en')).toBe('Chair: Canada?');
    expect(typeset('Présidence: Canada?', 'fr')).toBe(`Présidence${NNBSP}: Canada${NNBSP}?`);
  });
});

describe('the catalogues', () => {
  const messages = (node: object): string[] =>
    Object.values(node).flatMap((value) => (typeof value === 'string' ? [value] : messages(value)));

  it('leave French spacing to the formatter: no message in fr.json types a space before : ; ! ? or inside « »', () => {
    const handTyped = messages(fr).filter((m) => /\S[ \u00A0\u202F]+(:(?=\s|$)|[;!?])|«[ \u00A0\u202F]|[ \u00A0\u202F]»/u.test(m));
    expect(handTyped).toEqual([]);
  });

  it('typesets every French message and no English one', () => {
    expect(typesetCatalogue(en, 'en')).toBe(en);
    const typesetFrench = messages(typesetCatalogue(fr, 'fr'));
    expect(typesetFrench.filter((m) => /[^\s\u202F](:(?=\s|$)|[;!?])/u.test(m))).toEqual([]);
    expect(typesetFrench).toHaveLength(messages(fr).length);
  });
});

describe('typesetCatalogue on precompiled messages (the build)', () => {
  const messages = (node: object, prefix = ''): [string, string][] =>
    Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : messages(value, `${prefix}${key}.`)));

  it('gives every French message the spacing its ICU text gets, arguments and branches included', () => {
    const compiled = Object.fromEntries(messages(fr).map(([key, message]) => [key, compile(message)]));
    const typeset = typesetCatalogue(compiled, 'fr');
    const differing = messages(fr).filter(([key, message]) => JSON.stringify(typeset[key]) !== JSON.stringify(compile(frenchTypography(message))));
    expect(differing).toEqual([]);
  });

  it('spaces a mark that follows an argument, and leaves styles and names alone', () => {
    expect(typesetCatalogue({ a: compile('{field}: {before}'), b: compile('Le {at, date, short}?') }, 'fr')).toEqual({
      a: [['field'], `${NNBSP}: `, ['before']],
      b: ['Le ', ['at', 5, 'short'], `${NNBSP}?`],
    });
  });
});
