'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { FormField } from '@/components/ui/form-field';

/** A new password and its confirmation, with the rules said up front and the reason for a refusal beside the field. */
export function NewPasswordFields({ name }: { name: string }) {
  const t = useTranslations('account');
  return (
    <>
      <FormField name={name} type="password" label={t('newPassword')} hint={t('passwordRules')} autoComplete="new-password" required />
      <FormField name="confirmPassword" type="password" label={t('confirmPassword')} autoComplete="new-password" required />
    </>
  );
}
