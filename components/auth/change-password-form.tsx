'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { changeOwnPassword } from '@/app/account/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorsFor, messageOf } from '@/components/ui/action-state';
import { NewPasswordFields } from './new-password-fields';

/** Changing one's own password: the current one first, then the new one twice. */
export function ChangePasswordForm() {
  const t = useTranslations('account');
  const [state, formAction] = useActionState(changeOwnPassword, null);
  return (
    <form action={formAction} className="max-w-md space-y-1" noValidate>
      <FormField name="currentPassword" type="password" label={t('currentPassword')} autoComplete="current-password" required errors={errorsFor(state, 'currentPassword')} />
      <NewPasswordFields state={state} name="newPassword" />
      <FormMessage {...messageOf(state)} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('saving')}>{t('changePassword')}</SubmitButton>
      </div>
    </form>
  );
}
