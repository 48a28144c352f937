'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { askForPasswordReset } from '@/app/forgot-password/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf, sentOr } from '@/components/ui/action-state';

/** The address to mail a reset link to; the answer never says whether it has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations('forgotPassword');
  const [state, formAction] = useActionState(askForPasswordReset, null);
  return (
    <form action={formAction} className="space-y-1" noValidate>
      <FormField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="username"
        required
        defaultValue={sentOr(state, 'email', '')}
        errors={errorsFor(state, 'email')}
      />
      <FormMessage {...messageOf(state)} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
