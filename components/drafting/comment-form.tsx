'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { commentOnDocument } from '@/app/meetings/[slug]/documents/[id]/actions';
import { ActionForm } from '@/components/ui/action-form';
import { FormField } from '@/components/ui/form-field';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { COMMENT_LIMIT } from '@/lib/domain/limits';

export type CommentTarget = { paragraphId: number } | { amendmentId: number };

/** The box to add a comment to a paragraph or an amendment (one under each of them). */
export function CommentForm({ ids, target }: { ids: { slug: string; documentId: number }; target: CommentTarget }) {
  const t = useTranslations('drafting');
  const key = 'amendmentId' in target ? `a${target.amendmentId}` : `p${target.paragraphId}`;
  return (
    <ActionForm action={commentOnDocument} resetOnSuccess successMessage="commentPosted" className="space-y-2">
      <HiddenFields fields={{ ...ids, ...target }} />
      <FormField as="textarea" idPrefix={`${key}-comment-`} name="body" label={t('commentLabel')} rows={2} maxLength={COMMENT_LIMIT} />
      <SubmitButton pendingLabel={t('sending')} className="button button-quiet">
        {t('send')}
      </SubmitButton>
    </ActionForm>
  );
}
