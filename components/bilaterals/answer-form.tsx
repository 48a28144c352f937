'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { answerBilateralRequest } from '@/app/meetings/[slug]/bilaterals/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/**
 * A party's answer to the times on the table: accept, decline (for the requester: withdraw
 * the request), or propose another start (for the bilateral's length), which asks the other
 * parties again.
 */
export function AnswerForm({ slug, bilateralId, version, canAccept, ownRequest, title, focusWhenRemoved }: { slug: string; bilateralId: number; version: number; canAccept: boolean; ownRequest: boolean; title: string; focusWhenRemoved: string }) {
  const t = useTranslations('bilaterals');
  const idPrefix = `answer-${bilateralId}-`;
  return (
    <ActionForm action={answerBilateralRequest} className="space-y-2" aria-label={t('answerFor', { title })} fields={{ slug, bilateralId, version }} focusWhenRemoved={focusWhenRemoved}>
      <div className="flex flex-wrap gap-2">
        {canAccept && (
          <SubmitButton name="answer" value="accept" pendingLabel={t('working')}>
            {t('accept')}
          </SubmitButton>
        )}
        <SubmitButton name="answer" value="decline" className="button button-quiet" pendingLabel={t('working')}>
          {t(ownRequest ? 'withdraw' : 'decline')}
        </SubmitButton>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <FormField name="start" idPrefix={idPrefix} label={t('proposeStart')} type="datetime-local" defaultValue="" />
        </div>
        <div className="mb-6">
          <SubmitButton name="answer" value="propose" className="button button-quiet" pendingLabel={t('working')}>
            {t('propose')}
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
