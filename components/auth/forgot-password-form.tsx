'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { askForPasswordReset } from '@/app/forgot-password/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** The address to mail a reset link to; the answer never says whether it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('forgotPassword');
  return (
    <ActionForm action={askForPasswordReset} className="space-y-1">
      <FormField name="email" type="email" label={t('email')} autoComplete="username" required defaultValue={''} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
