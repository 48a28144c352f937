'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { saveBilateralRules } from '@/app/meetings/[slug]/bilaterals/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';
import { HiddenFields } from '@/components/ui/hidden-fields';

/** The buffer between two meetings in a room, and the deadline after which unanswered requests expire. */
export function RulesForm({ slug, bufferMinutes, requestDeadline }: { slug: string; bufferMinutes: number; requestDeadline: string }) {
  const t = useTranslations('bilaterals');
  const [state, formAction] = useActionState(saveBilateralRules, null);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <HiddenFields fields={{ slug }} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField name="bufferMinutes" label={t('buffer')} inputMode="numeric" defaultValue={sentOr(state, 'bufferMinutes', String(bufferMinutes))} errors={errorsFor(state, 'bufferMinutes')} />
        <FormField
          name="requestDeadline"
          label={t('deadline')}
          hint={t('deadlineHint')}
          type="datetime-local"
          defaultValue={sentOr(state, 'requestDeadline', requestDeadline)}
          errors={errorsFor(state, 'requestDeadline')}
        />
      </div>
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={t('working')}>{t('saveRules')}</SubmitButton>
    </form>
  );
}
