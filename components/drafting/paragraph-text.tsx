import { useLocale } from 'next-intl';
import { useTranslations } from '@/components/shell/use-translations';
import { Fragment } from 'react';
import type { TextPiece } from '@/db/queries/documents';
import { formatList } from '@/lib/domain/format-list';

/**
 * A paragraph's text as negotiators read it: disputed segments in visible brackets, each
 * with the delegations that hold it (codes on screen, names for screen readers). What is
 * drawn for the reader alone is marked `data-non-text`, so that a selection of words can
 * be read back as the paragraph's own text (text-selection.ts).
 */
export function ParagraphText({ text, pieces }: { text: string; pieces: TextPiece[] | null }) {
  const t = useTranslations('drafting');
  const locale = useLocale();
  if (!pieces) return text;
  return (
    <>
      {pieces.map((piece, i) =>
        piece.kind === 'text' ? (
          <Fragment key={i}>{piece.text}</Fragment>
        ) : (
          <span key={i} className="rounded bg-amber-50 px-0.5 outline outline-1 outline-amber-700" data-testid="bracket">
            [{piece.alternatives.join(' / ')}]
            <sup className="ml-0.5 font-sans text-xs font-semibold text-amber-900" aria-hidden="true" data-non-text>
              {piece.holders.length ? piece.holders.map((h) => h.code.toUpperCase()).join(' ') : '—'}
            </sup>
            <span className="sr-only" data-non-text>
              ({piece.holders.length ? t('heldBy', { holders: formatList(piece.holders.map((h) => h.protocolName), locale) }) : t('notHeld')})
            </span>
          </span>
        ),
      )}
    </>
  );
}
