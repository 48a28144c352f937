'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { answerBilateralRequest } from '@/app/meetings/[slug]/bilaterals/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';

/**
 * A party's answer to the times on the table: accept, decline, or propose another start (for
 * the meeting's length), which asks the other parties again.
 */
export function AnswerForm({ slug, bilateralId, version, minutes, canAccept, title }: { slug: string; bilateralId: number; version: number; minutes: number; canAccept: boolean; title: string }) {
  const t = useTranslations('bilaterals');
  const [state, formAction] = useActionState(answerBilateralRequest, null);
  const idPrefix = `answer-${bilateralId}-`;
  return (
    <form action={formAction} className="space-y-2" noValidate aria-label={t('answerFor', { title })}>
      <HiddenFields fields={{ slug, bilateralId, version, minutes }} />
      <div className="flex flex-wrap gap-2">
        {canAccept && (
          <SubmitButton name="answer" value="accept" pendingLabel={t('working')}>
            {t('accept')}
          </SubmitButton>
        )}
        <SubmitButton name="answer" value="decline" className="button button-quiet" pendingLabel={t('working')}>
          {t('decline')}
        </SubmitButton>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <FormField name="start" idPrefix={idPrefix} label={t('proposeStart')} type="datetime-local" defaultValue={sentOr(state, 'start', '')} errors={errorsFor(state, 'start')} />
        </div>
        <div className="mb-6">
          <SubmitButton name="answer" value="propose" className="button button-quiet" pendingLabel={t('working')}>
            {t('propose')}
          </SubmitButton>
        </div>
      </div>
      <FormMessage {...messageOf(state)} />
    </form>
  );
}
