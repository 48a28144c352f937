'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { FormField } from '@/components/ui/form-field';
import { errorsFor } from '@/components/ui/action-state';
import type { ActionState } from '@/lib/server/action';

/** A new password and its confirmation, with the rules said up front and the reason for a refusal beside the field. */
export function NewPasswordFields({ state, name }: { state: ActionState; name: string }) {
  const t = useTranslations('account');
  return (
    <>
      <FormField name={name} type="password" label={t('newPassword')} hint={t('passwordRules')} autoComplete="new-password" required errors={errorsFor(state, name)} />
      <FormField name="confirmPassword" type="password" label={t('confirmPassword')} autoComplete="new-password" required errors={errorsFor(state, 'confirmPassword')} />
    </>
  );
}
