'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { Fragment } from 'react';
import type { WordChange } from '@/lib/domain/word-diff';

/**
 * A word-level redline: deletions struck through, insertions underlined, each also named
 * for screen readers, which do not announce <del> and <ins> by themselves. A client
 * component so that a page carries each change once, as `{kind, text}`, rather than as a
 * tree of elements: a long text under negotiation holds hundreds of them.
 */
export function Redline({ parts }: { parts: WordChange[] }) {
  const t = useTranslations('drafting');
  return (
    <span className="redline">
      {parts.map((part, i) => {
        if (part.kind === 'same') return <Fragment key={i}>{part.text}</Fragment>;
        const removed = part.kind === 'removed';
        const Tag = removed ? 'del' : 'ins';
        return (
          <Tag key={i}>
            <span className="sr-only">{`[${t(removed ? 'deletedWords' : 'insertedWords')} `}</span>
            {part.text}
            <span className="sr-only">]</span>
          </Tag>
        );
      })}
    </span>
  );
}
