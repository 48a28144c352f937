'use client';

import { Fragment, useEffect, useRef } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import type { NewDocumentPreview } from '@/app/meetings/[slug]/documents/new/actions';
import { parseBrackets } from '@/lib/domain/brackets';
import { operativeNumbers } from '@/lib/domain/paragraph-numbers';

type Props = {
  preview: NewDocumentPreview;
  /** Whether the confirmation is on its way. */
  pending: boolean;
};

/** A paragraph's text with its brackets visible, as the document page will show them. */
function MarkedText({ text }: { text: string }) {
  const parsed = parseBrackets(text);
  if (!parsed.ok) return text;
  return parsed.segments.map((segment, i) =>
    segment.kind === 'text' ? (
      <Fragment key={i}>{segment.text}</Fragment>
    ) : (
      <span key={i} className="rounded bg-amber-50 px-0.5 outline outline-1 outline-amber-700" data-testid="bracket">
        [{segment.alternatives.join(' / ')}]
      </span>
    ),
  );
}

/**
 * The paragraphs a new document will start with, as read from the draft: kind, number and
 * text with brackets, and what stops the import. It sits inside NewDocumentForm, whose
 * details are sent again with the paragraphs when it is confirmed.
 */
export function DraftPreview({ preview, pending }: Props) {
  const t = useTranslations('newDocument');
  const tDrafting = useTranslations('drafting');
  const tDocuments = useTranslations('documents');
  const tValidation = useTranslations('validation');
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview appears below the form: a keyboard or screen reader user is taken to it.
  useEffect(() => heading.current?.focus(), [preview]);
  const numbers = operativeNumbers(preview.paragraphs.map((p) => p.kind));
  const problemsOf = (index: number) => preview.problems.filter((p) => p.paragraph === index + 1);
  return (
    <section aria-labelledby="preview-title" className="space-y-3">
      <h2 id="preview-title" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {t('previewTitle', { count: preview.paragraphs.length })}
      </h2>
      {preview.problems.length > 0 ? (
        <p className="font-semibold text-accent">{t('problemsIntro', { count: preview.problems.length })}</p>
      ) : (
        <p>{preview.paragraphs.length ? t('previewIntro') : t('previewEmpty')}</p>
      )}
      {preview.paragraphs.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tDrafting('kind')}</th>
              <th scope="col">{t('number')}</th>
              <th scope="col">{tDrafting('text')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.paragraphs.map((paragraph, index) => (
              <tr key={index} data-testid="preview-paragraph">
                <td>{tDrafting(`kindValue.${paragraph.kind}`)}</td>
                <td>{numbers[index] ?? ''}</td>
                <td className={paragraph.kind === 'heading' ? 'font-semibold' : paragraph.kind === 'preambular' ? 'italic' : undefined}>
                  <MarkedText text={paragraph.text} />
                  {paragraph.status === 'bracketed' && <span className="badge ml-2">{tDocuments('paragraphStatus.bracketed')}</span>}
                  {problemsOf(index).map((problem) => (
                    <p key={problem.code} className="text-sm text-accent">
                      {tValidation(problem.code)}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.problems.length === 0 && (
        <div>
          <input type="hidden" name="paragraphs" value={preview.json} />
          <button type="submit" name="step" value="create" className="button" disabled={pending} aria-disabled={pending || undefined}>
            {pending ? t('creating') : t('confirm')}
          </button>
        </div>
      )}
    </section>
  );
}
