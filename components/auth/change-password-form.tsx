'use client';

import { useTranslations } from '@/components/shell/use-translations';
import { changeOwnPassword } from '@/app/account/actions';
import { FormField } from '@/components/ui/form-field';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { NewPasswordFields } from './new-password-fields';

/** Changing one's own password: the current one first, then the new one twice. */
export function ChangePasswordForm() {
  const t = useTranslations('account');
  return (
    <ActionForm action={changeOwnPassword} className="max-w-md space-y-1">
      <FormField name="currentPassword" type="password" label={t('currentPassword')} autoComplete="current-password" required />
      <NewPasswordFields name="newPassword" />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('saving')}>{t('changePassword')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
