import type { DocumentDetail, DocumentParagraph, TextPiece } from '@/db/queries/documents';
import type { Locale } from '@/i18n/locales';
import { parseBrackets } from '@/lib/domain/brackets';

/** The languages a document can be exported in: its negotiating language and, in a meeting of two, the other. */
export const exportLanguages = (document: Pick<DocumentDetail, 'negotiatingLanguage' | 'translationLanguage'>): Locale[] =>
  document.translationLanguage ? [document.negotiatingLanguage, document.translationLanguage] : [document.negotiatingLanguage];

/**
 * A translation the clean text cannot print: missing, or made from an earlier negotiated
 * text. Adoption waits for every translation to be current, so this is a text that gained a
 * second working language after it was adopted.
 */
export class TranslationNotCurrent extends Error {
  constructor(readonly paragraphIds: number[]) {
    super(`The translation is not current (paragraphs ${paragraphIds.join(', ')})`);
    this.name = 'TranslationNotCurrent';
  }
}

/**
 * The document as printed in `language`: in its negotiating language, as it is; in the
 * other working language, each paragraph's translation, its brackets held by the same
 * delegations as the negotiated text's brackets at the same place. A paragraph with no
 * translation yet keeps the negotiated text, so a working draft shows every paragraph.
 */
export function documentInLanguage(document: DocumentDetail, language: Locale): DocumentDetail {
  if (language === document.negotiatingLanguage) return document;
  return { ...document, paragraphs: document.paragraphs.map(translatedParagraph) };
}

function translatedParagraph(paragraph: DocumentParagraph): DocumentParagraph {
  const translation = paragraph.translation;
  if (!translation || translation.state === 'missing') return paragraph;
  const holders = new Map(paragraph.pieces.flatMap((piece) => (piece.kind === 'bracket' ? [[piece.index, piece.holders] as const] : [])));
  const parsed = parseBrackets(translation.text);
  const pieces: TextPiece[] = parsed.ok
    ? parsed.segments.map((segment) => (segment.kind === 'text' ? segment : { ...segment, holders: holders.get(segment.index) ?? [] }))
    : [{ kind: 'text', text: translation.text }];
  return { ...paragraph, text: translation.text, pieces };
}

/** Throws TranslationNotCurrent unless every paragraph's translation renders the text as it is. */
export function assertTranslationsCurrent(document: DocumentDetail): void {
  const behind = document.paragraphs.filter((p) => p.translation && p.translation.state !== 'current').map((p) => p.id);
  if (behind.length) throw new TranslationNotCurrent(behind);
}
