import type { Locale } from '@/i18n/locales';
import { countBrackets } from './brackets';

/**
 * Where a paragraph's other-language version stands: `current` when it was made from the
 * negotiated text as it is now, `outOfDate` once that text changed after it, `missing`
 * when nobody has translated the paragraph yet.
 */
export type TranslationState = 'current' | 'outOfDate' | 'missing';

export function translationState(sourceText: string, translation: { sourceText: string } | null | undefined): TranslationState {
  if (!translation) return 'missing';
  return translation.sourceText === sourceText ? 'current' : 'outOfDate';
}

/**
 * The language a document's paragraphs are kept in besides its negotiating language: the
 * meeting's other working language, or null when the meeting works in one language only.
 */
export function translationLanguage(workingLanguages: readonly Locale[], negotiatingLanguage: Locale): Locale | null {
  return workingLanguages.find((language) => language !== negotiatingLanguage) ?? null;
}

/**
 * Why a translation cannot stand for its source, or null: it must be there, and hold as many
 * brackets (the same disputed segments) as the text it renders.
 */
export function translationProblem(sourceText: string, translation: string): 'required' | 'translationBrackets' | null {
  if (!translation.trim()) return 'required';
  return countBrackets(translation) === countBrackets(sourceText) ? null : 'translationBrackets';
}
