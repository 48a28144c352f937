import { describe, expect, it } from 'vitest';
import { translationLanguage, translationProblem, translationState } from './translation-state';

describe('translationState', () => {
  const source = 'Ministers [called on / urged] all States to do the same.';

  it('is missing until someone translates the paragraph', () => {
    expect(translationState(source, null)).toBe('missing');
    expect(translationState(source, undefined)).toBe('missing');
  });

  it('is current while the negotiated text is the one it was made from', () => {
    expect(translationState(source, { sourceText: source })).toBe('current');
  });

  it('goes out of date with any change of the negotiated text, even a comma', () => {
    expect(translationState(`${source.slice(0, -1)},`, { sourceText: source })).toBe('outOfDate');
    expect(translationState('Ministers urged all States to do the same.', { sourceText: source })).toBe('outOfDate');
  });
});

describe('translationLanguage', () => {
  it('is the meeting’s other working language', () => {
    expect(translationLanguage(['en', 'fr'], 'en')).toBe('fr');
    expect(translationLanguage(['en', 'fr'], 'fr')).toBe('en');
    expect(translationLanguage(['fr', 'en'], 'en')).toBe('fr');
  });

  it('is none for a meeting that works in one language', () => {
    expect(translationLanguage(['en'], 'en')).toBeNull();
    expect(translationLanguage(['fr'], 'fr')).toBeNull();
  });
});

describe('translationProblem', () => {
  it('accepts a translation with the same number of brackets', () => {
    expect(translationProblem('agreed to [strengthen / coordinate] efforts', 'sont convenus de [renforcer / coordonner] leurs efforts')).toBeNull();
  });

  it('refuses an empty translation and one that drops or adds a bracket', () => {
    expect(translationProblem('text', '  ')).toBe('required');
    expect(translationProblem('agreed to [strengthen / coordinate] efforts', 'sont convenus de renforcer leurs efforts')).toBe('translationBrackets');
    expect(translationProblem('agreed', 'sont [convenus]')).toBe('translationBrackets');
  });
});
