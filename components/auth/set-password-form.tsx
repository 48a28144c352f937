'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { useTranslations } from '@/components/shell/use-translations';
import { setPasswordFromInvitation } from '@/app/invitations/[token]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messageOf } from '@/components/ui/action-state';
import { NewPasswordFields } from './new-password-fields';
import { HiddenFields } from '@/components/ui/hidden-fields';

/** The invitee chooses a password; then the sign-in page. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('invitation');
  const [state, formAction] = useActionState(setPasswordFromInvitation, null);
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <FormMessage {...messageOf(state)} />
        <Link href="/login" className="button">
          {t('signIn')}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-1" noValidate>
      <HiddenFields fields={{ token }} />
      <NewPasswordFields state={state} name="password" />
      <FormMessage {...messageOf(state)} />
      <div className="pt-2">
        <SubmitButton pendingLabel={t('saving')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
