import { getLocale, getTranslations } from 'next-intl/server';
import { commentOnDocument } from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { CommentView } from '@/db/queries/documents';
import { formatDateTime } from '@/lib/format-time';
import { COMMENT_LIMIT } from '@/lib/limits';

type Target = { paragraphId: number } | { amendmentId: number };

/** A thread of comments on a paragraph or an amendment, and the box to add one. */
export async function CommentThread({
  ids,
  target,
  comments,
  timeZone,
}: {
  ids: { slug: string; documentId: number };
  target: Target;
  comments: CommentView[];
  /** The meeting's zone, in which comment times are shown. */
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('drafting'), getLocale()]);
  const key = 'amendmentId' in target ? `a${target.amendmentId}` : `p${target.paragraphId}`;
  return (
    <details className="mt-2 font-sans text-sm">
      <summary className="cursor-pointer text-navy underline">{t('comments', { count: comments.length })}</summary>
      <ol className="my-2 space-y-2" aria-label={t('comments', { count: comments.length })}>
        {comments.map((c) => (
          <li key={c.id} className="rounded bg-wash p-2" data-testid="comment">
            <p className="font-semibold">
              {c.authorName} · {c.affiliation ?? t('secretariatAuthor')}{' '}
              <span className="font-normal text-muted">{formatDateTime(c.createdAt, timeZone, locale, 'medium')}</span>
            </p>
            <p className="whitespace-pre-wrap">{c.body}</p>
          </li>
        ))}
      </ol>
      <ActionForm action={commentOnDocument} resetOnSuccess successMessage="commentPosted" className="space-y-2">
        <HiddenFields fields={{ ...ids, ...target }} />
        <FormField as="textarea" idPrefix={`${key}-comment-`} name="body" label={t('commentLabel')} rows={2} maxLength={COMMENT_LIMIT} />
        <SubmitButton pendingLabel={t('sending')} className="button button-quiet">
          {t('send')}
        </SubmitButton>
      </ActionForm>
    </details>
  );
}
