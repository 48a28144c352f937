'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { saveCategoryQuotas } from '@/app/meetings/[slug]/accreditation/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';
import { HiddenFields } from '@/components/ui/hidden-fields';

/** Each category's limit per delegation; blank means none. */
export function QuotasForm({ slug, categories }: { slug: string; categories: { code: string; label: string; quota: number | null }[] }) {
  const t = useTranslations('accreditation');
  const [state, formAction] = useActionState(saveCategoryQuotas, null);
  return (
    <form action={formAction} noValidate>
      <HiddenFields fields={{ slug }} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        {categories.map((c) => (
          <FormField
            key={c.code}
            name={`quota-${c.code}`}
            label={c.label}
            inputMode="numeric"
            hint={t('quotaHint')}
            idPrefix="quotas-"
            errors={errorsFor(state, `quota-${c.code}`)}
            defaultValue={sentOr(state, `quota-${c.code}`, c.quota === null ? '' : String(c.quota))}
          />
        ))}
      </div>
      <FormMessage {...messageOf(state)} />
      <SubmitButton pendingLabel={t('working')}>{t('saveQuotas')}</SubmitButton>
    </form>
  );
}
