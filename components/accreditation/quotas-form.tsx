'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { saveCategoryQuotas } from '@/app/meetings/[slug]/accreditation/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** Each category's limit per delegation; blank means none. */
export function QuotasForm({ slug, categories }: { slug: string; categories: { code: string; label: string; quota: number | null }[] }) {
  const t = useTranslations('accreditation');
  return (
    <ActionForm action={saveCategoryQuotas} fields={{ slug }}>
      <div className="grid gap-x-4 sm:grid-cols-3">
        {categories.map((c) => (
          <FormField key={c.code} name={`quota-${c.code}`} label={c.label} inputMode="numeric" hint={t('quotaHint')} idPrefix="quotas-" defaultValue={c.quota === null ? '' : String(c.quota)} />
        ))}
      </div>
      <SubmitButton pendingLabel={t('working')}>{t('saveQuotas')}</SubmitButton>
    </ActionForm>
  );
}
