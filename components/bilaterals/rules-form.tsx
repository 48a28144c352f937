'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { saveBilateralRules } from '@/app/meetings/[slug]/bilaterals/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** The buffer between two meetings in a room, and the deadline after which unanswered requests expire. */
export function RulesForm({ slug, bufferMinutes, requestDeadline }: { slug: string; bufferMinutes: number; requestDeadline: string }) {
  const t = useTranslations('bilaterals');
  return (
    <ActionForm action={saveBilateralRules} className="space-y-2" fields={{ slug }}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormField name="bufferMinutes" label={t('buffer')} inputMode="numeric" defaultValue={String(bufferMinutes)} />
        <FormField name="requestDeadline" label={t('deadline')} hint={t('deadlineHint')} type="datetime-local" defaultValue={requestDeadline} />
      </div>
      <SubmitButton pendingLabel={t('working')}>{t('saveRules')}</SubmitButton>
    </ActionForm>
  );
}
