import { getTranslations } from 'next-intl/server';
import type { WordChange } from '@/lib/word-diff';

/**
 * A word-level redline: deletions struck through, insertions underlined, each also named
 * for screen readers, which do not announce <del> and <ins> by themselves.
 */
export async function Redline({ parts, className = '' }: { parts: WordChange[]; className?: string }) {
  const t = await getTranslations('drafting');
  return (
    <span className={className}>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} className="bg-red-50 text-red-900 decoration-2">
            <span className="sr-only">[{t('deletedWords')} </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="bg-green-50 text-green-900 decoration-2">
            <span className="sr-only">[{t('insertedWords')} </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </span>
  );
}
