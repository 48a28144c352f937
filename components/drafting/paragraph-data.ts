import type { DocumentParagraph, ParagraphTranslation, TextPiece } from '@/db/queries/documents';
import type { WordChange } from '@/lib/domain/word-diff';
import type { AmendmentCardData } from './amendment-card';
import type { ThreadComment } from './comment-thread';

/**
 * One paragraph as the document page shows it (drafting-view.ts makes it from the
 * document): its amendments and comments as their cards and threads draw them.
 */
export type ParagraphBlockData = Omit<DocumentParagraph, 'amendments' | 'comments' | 'pieces' | 'translation'> & {
  /** The text split at its brackets; null when it has none, and the text is all there is to show. */
  pieces: TextPiece[] | null;
  /** The open amendments shown; `openAmendmentCount` may be more. */
  amendments: AmendmentCardData[];
  comments: ThreadComment[];
  /** The other-language version; null in a meeting of one language. */
  translation: TranslationBlock | null;
};

/** A paragraph's translation as shown: `changes`, the negotiated text's words changed since it was made. */
export type TranslationBlock = Pick<ParagraphTranslation, 'text' | 'version' | 'state'> & { changes: WordChange[] | null };
